package org.kehoach.text.legacy;

/** Whether characters {@code [start, end)} of a text spell one well-formed Vietnamese syllable. */
@FunctionalInterface
interface SyllableTest {
  boolean isSyllable(CharSequence s, int start, int end);
}
