package org.kehoach.structure;

import java.util.function.IntFunction;
import org.kehoach.model.Span;

/** Builds trimmed spans into one text and looks up their page. Immutable; one per segmentation call. */
final class SpanFactory {
  private final String text;
  private final IntFunction<Integer> pageAt;

  SpanFactory(String text, IntFunction<Integer> pageAt) {
    this.text = text;
    this.pageAt = pageAt;
  }

  String text() {
    return text;
  }

  /** The span {@code [start, end)} with surrounding whitespace removed; an all-space range becomes empty. */
  Span trimmed(int start, int end) {
    int s = start;
    int e = end;
    while (s < e && TextShape.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && TextShape.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return span(s, e);
  }

  /** The span {@code [start, end)} as is. */
  Span span(int start, int end) {
    return new Span(start, end, start < text.length() ? pageAt.apply(start) : null);
  }

  /** The span of one line's content. */
  Span of(Line line) {
    return span(line.start(), line.end());
  }

  /** The span from the first line's start to the last line's end. */
  Span of(Line first, Line last) {
    return span(first.start(), last.end());
  }

  String cut(Span span) {
    return text.substring(span.start(), span.end());
  }
}
