package org.kehoach.extract.targets;

import org.kehoach.model.Direction;

/**
 * Finds the indicator phrase of a value among the words of its clause. A name is written before the value
 * ("tỷ lệ trẻ em … đạt 86%") or, when nothing but lead-in words precede it, after ("phấn đấu 100% trẻ em
 * gặp thiên tai … được cứu trợ"). Lead-in words, the verb that governs the indicator ("giảm tỷ suất …"),
 * a leading due year, list labels, punctuation and conjunctions are not part of the name.
 */
final class NamePicker {
  private final MarkedTokens t;

  NamePicker(MarkedTokens tokens) {
    this.t = tokens;
  }

  /**
   * A name found in tokens {@code [begin, end)}; empty when {@code begin >= end}.
   *
   * @param verb the direction of the verb that governs the name ("giảm" in "…, giảm số cuộc tảo hôn"),
   *     or {@code null}
   * @param year a due year read from the lead-in words ("Đến năm 2025, tỷ lệ …"), or {@code null}
   */
  record Pick(int begin, int end, Direction verb, Integer year) {
    boolean isEmpty() {
      return begin >= end;
    }
  }

  /**
   * The name in the words before a value, {@code [from, to)}. When one of its comma-separated parts opens
   * with a verb, the name is what that verb governs: in "từng bước xóa bỏ tình trạng tảo hôn, giảm số
   * cuộc tảo hôn" it is "số cuộc tảo hôn".
   */
  Pick before(int from, int to) {
    int segment = to;
    while (segment > from) {
      int start = segmentStart(from, segment);
      int s = skipLeadIns(start, to);
      Cue verb = t.cueStartingAt(s);
      if (verb != null && verb.direction() != null && !verb.has(Cue.Flag.NONE) && verb.end() <= to) {
        int b = skipLeading(verb.end(), to).index;
        return new Pick(b, trimTrailing(b, to), verb.direction(), skipLeading(from, verb.begin()).year);
      }
      segment = start - 1;
    }
    Skip lead = skipLeading(from, to);
    return new Pick(lead.index, trimTrailing(lead.index, to), null, lead.year);
  }

  /** The name in the words after a value, {@code [from, to)}. */
  Pick after(int from, int to) {
    int b = skipLeading(from, to).index;
    return new Pick(b, trimTrailing(b, to), null, null);
  }

  /** The first token of the comma-separated part that ends at {@code end}. */
  private int segmentStart(int from, int end) {
    int i = end;
    while (i > from && !",".equals(t.word(i - 1))) {
      i--;
    }
    return i;
  }

  private record Skip(int index, Integer year) {}

  /** Skips punctuation, conjunctions, list labels, lead-in words, verbs and due years. */
  private Skip skipLeading(int from, int to) {
    int i = from;
    Integer year = null;
    while (i < to) {
      Cue c = t.cueStartingAt(i);
      if (t.isPunct(i) || t.isConjunction(i)) {
        i++;
      } else if (isLabel(i, to)) {
        i += 2;
      } else if (c != null && c.end() <= to && !c.has(Cue.Flag.NONE)
          && (c.has(Cue.Flag.LEAD) || c.direction() != null || c.year() != null)) {
        year = c.year() != null ? c.year() : year;
        i = c.end();
      } else {
        break;
      }
    }
    return new Skip(i, year);
  }

  /** Skips punctuation, conjunctions, lead-in words ("phấn đấu", "trong đó") and due years only. */
  private int skipLeadIns(int from, int to) {
    int i = from;
    while (i < to) {
      Cue c = t.cueStartingAt(i);
      if (t.isPunct(i) || t.isConjunction(i)) {
        i++;
      } else if (c != null && c.end() <= to && (c.has(Cue.Flag.LEAD) || c.year() != null)) {
        i = c.end();
      } else {
        break;
      }
    }
    return i;
  }

  /** Drops trailing punctuation and conjunctions: "tỷ lệ A (" → "tỷ lệ A". */
  private int trimTrailing(int begin, int end) {
    int e = end;
    while (e > begin && (t.isPunct(e - 1) || t.isConjunction(e - 1))) {
      e--;
    }
    return e;
  }

  /** A list label at the start of a name: "a)", "2)". */
  private boolean isLabel(int i, int to) {
    return i + 1 < to && ")".equals(t.word(i + 1)) && t.word(i).length() <= 2;
  }
}
