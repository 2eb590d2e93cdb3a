package org.kehoach.structure;

/**
 * One cell of the text: a physical line, or a part of one when table cells were glued on it (tabs, PDF
 * baselines). Offsets are into the normalised text; {@code text} is trimmed.
 *
 * @param index position in the {@link LineTable}
 * @param start offset of the first non-space character (the line start for a blank line)
 * @param end offset just past the last non-space character
 * @param text the trimmed content, empty for a blank line
 * @param key the matching key of {@code text}, see {@link TextShape#key(String)}
 * @param lineStart true when the cell starts its physical line
 * @param blankBefore true when the physical line before is blank, or there is none
 * @param physicalLength trimmed length of the whole physical line the cell is part of
 */
record Line(
    int index,
    int start,
    int end,
    String text,
    String key,
    boolean lineStart,
    boolean blankBefore,
    int physicalLength) {

  boolean isBlank() {
    return text.isEmpty();
  }
}
