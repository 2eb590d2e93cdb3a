package org.kehoach.gazetteer;

/**
 * One syllable (or other letter/digit run) of a text: its matching key and its half-open character range
 * {@code [start, end)} in the original, unfolded text.
 */
public record Token(String key, int start, int end) {
  public Token {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("key must not be empty");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("token range must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
    }
  }
}
