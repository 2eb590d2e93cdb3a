package org.kehoach.model;

import java.util.Objects;

/**
 * A non-fatal oddity found while segmenting a plan; segmentation goes on and reports it.
 *
 * @param code what kind of oddity
 * @param message what was expected and what was found, quoting the text
 * @param span where, or {@code null} when it concerns the whole document
 */
public record StructureWarning(Code code, String message, Span span) {
  public StructureWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of oddity. */
  public enum Code {
    /** Text before the header (web-page chrome, a stray page number) was skipped. */
    BOILERPLATE_SKIPPED,
    /** No "KẾ HOẠCH" / "QUYẾT ĐỊNH" line was found. */
    NO_TITLE,
    /** A decision was found but no annexed plan title after it. */
    NO_PLAN_AFTER_DECISION,
    /** No top-level section heading was found. */
    NO_SECTIONS,
    /** A section number repeats the previous one ("V." twice). */
    DUPLICATE_SECTION_NUMBER,
    /** A section number skips one or more numbers ("III." then "V."). */
    SKIPPED_SECTION_NUMBER,
    /** A section number is lower than the previous one. */
    SECTION_NUMBER_OUT_OF_ORDER,
    /** No closing part (closing statement, recipients or signature) was found. */
    NO_CLOSING
  }
}
