package org.kehoach.eval;

import org.kehoach.text.Fold;

/**
 * The comparison keys of the scoring rules, built on the project's {@link Fold#fold} (NFD, marks dropped,
 * đ→d, lower case, en/em dash → '-', whitespace runs → one space, trimmed). Every method maps null to null.
 */
final class MatchKeys {
  private MatchKeys() {}

  static String fold(String s) {
    return s == null ? null : Fold.fold(s);
  }

  /** The fold with every space removed: document and legal-basis numbers ("43 / KH-UBND" = "43/KH-UBND"). */
  static String compact(String s) {
    return s == null ? null : Fold.fold(s).replace(" ", "");
  }

  /**
   * The fold with any trailing run of the given characters removed: titles ignore trailing " .:", task
   * timelines a trailing '.'.
   */
  static String foldTrimEnd(String s, String trailing) {
    if (s == null) {
      return null;
    }
    String f = Fold.fold(s);
    int end = f.length();
    while (end > 0 && trailing.indexOf(f.charAt(end - 1)) >= 0) {
      end--;
    }
    return f.substring(0, end).strip();
  }

  /** Shortens text for a report line. */
  static String clip(String s, int max) {
    if (s == null) {
      return "null";
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
