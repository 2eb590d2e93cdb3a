package org.kehoach.structure;

import org.kehoach.model.ItemMarker;

/**
 * An item marker found at the start of a line.
 *
 * @param type the marker family
 * @param number the enumerator without punctuation ("1", "2.3", "a"), or {@code null}
 * @param label a label such as "Chỉ tiêu 5" or "Dự án1", or {@code null}
 * @param style what makes two markers siblings: the family, and for numbers their depth ("N1", "N2", "-")
 * @param rank the usual depth of the style in Vietnamese plans (smaller is shallower), used only to place a
 *     style not seen before
 * @param textStart offset, relative to the line, where the item's text begins
 */
record Marker(ItemMarker type, String number, String label, String style, int rank, int textStart) {}
