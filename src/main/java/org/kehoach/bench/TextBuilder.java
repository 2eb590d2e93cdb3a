package org.kehoach.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds a plan text line by line and hands out the span of what was appended. Not thread-safe. */
final class TextBuilder {
  private final StringBuilder sb = new StringBuilder(4096);

  /** Appends {@code s} and returns its [start, end). */
  int[] append(String s) {
    int start = sb.length();
    sb.append(s);
    return new int[] {start, sb.length()};
  }

  /** Appends {@code s} and a line break; returns the span of {@code s}. */
  int[] line(String s) {
    int[] span = append(s);
    sb.append('\n');
    return span;
  }

  TextBuilder blank() {
    sb.append('\n');
    return this;
  }

  /** Writes a span object {start, end, page null} into {@code parent}. */
  static void span(ObjectNode parent, int[] span) {
    parent.putObject("span").put("start", span[0]).put("end", span[1]).putNull("page");
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
