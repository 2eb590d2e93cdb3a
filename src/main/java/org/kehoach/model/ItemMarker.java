package org.kehoach.model;

/** How a numbered or bulleted item inside a section is marked at the start of its line. */
public enum ItemMarker {
  /** "1." or "1)". */
  NUMBER,
  /** "1.1.", "2.3", "1.2.1." */
  MULTILEVEL,
  /** "a)", "b.", "đ/". */
  LETTER,
  /** "-", "–", "—". */
  DASH,
  /** "+". */
  PLUS,
  /** "*". */
  STAR,
  /** "•", "●", "▪" and similar symbols, including a bullet lost to U+FFFD. */
  BULLET,
  /** A labelled item with no other marker: "Chỉ tiêu 5:", "Dự án 1:", "Mô hình 2:". */
  LABEL
}
