package org.kehoach.structure;

import org.kehoach.model.SectionKind;

/**
 * A top-level heading found by the {@link HeadingDetector}.
 *
 * @param line index of the heading line
 * @param number the number as printed without punctuation, or {@code null}
 * @param value the number's value, 0 when unknown or unnumbered
 * @param style the numbering style
 * @param start offset of the heading line's first character
 * @param textStart offset of the heading text (after the number)
 * @param textEnd offset just past the heading text (before trailing punctuation or same-line content)
 * @param bodyStart offset where the section content begins (after a colon on the heading line, or the line end)
 * @param kind the canonical kind of the heading text
 */
record Heading(
    int line,
    String number,
    int value,
    HeadingPatterns.Style style,
    int start,
    int textStart,
    int textEnd,
    int bodyStart,
    SectionKind kind) {}
