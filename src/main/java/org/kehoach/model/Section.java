package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/**
 * A top-level section of a plan ("II. NHIỆM VỤ VÀ GIẢI PHÁP").
 *
 * @param kind canonical kind read from the heading
 * @param number the heading number as printed, without punctuation ("II", "3", "A"), or {@code null}
 * @param heading the heading text without number, trailing punctuation or same-line content
 * @param headingSpan the span of {@code heading}
 * @param span from the heading's first character to the next top-level heading or the closing part
 * @param body the content after the heading (it may start on the heading's own line, after a colon)
 * @param items the item tree of the body
 */
public record Section(
    SectionKind kind, String number, String heading, Span headingSpan, Span span, Span body, List<Item> items) {
  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(headingSpan, "headingSpan");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(body, "body");
    items = List.copyOf(items);
  }
}
