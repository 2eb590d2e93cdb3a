package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/**
 * A numbered or bulleted item inside a section, with its nested items.
 *
 * @param marker how the item is marked
 * @param number the enumerator without punctuation ("1", "2.3", "a"), or {@code null} for bullets
 * @param label a label after or instead of the marker ("Chỉ tiêu 5", "Dự án1"), or {@code null}
 * @param span from the marker to the end of the item's last descendant
 * @param text the item's own text, after the marker and before its first child
 * @param children nested items, in document order
 */
public record Item(ItemMarker marker, String number, String label, Span span, Span text, List<Item> children) {
  public Item {
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    children = List.copyOf(children);
  }
}
