package org.kehoach.extract.targets;

import org.kehoach.model.Comparator;
import org.kehoach.model.Direction;

/**
 * Reads what the cues around one value say. The <em>chain</em> is the run of cues touching the value
 * from the left ("phấn đấu giảm xuống dưới 6,28%"), the <em>tail</em> the run touching it from the right
 * ("86% trở lên", "65% vào năm 2025"). Only these bind to the value: "trên" in "trên tổng số trẻ em là
 * 1,3%" does not.
 */
final class CueReader {
  private final MarkedTokens t;

  CueReader(MarkedTokens tokens) {
    this.t = tokens;
  }

  /** The first token of the chain of the value starting at {@code value}, not before {@code floor}. */
  int chainStart(int value, int floor) {
    int i = value;
    while (i > floor) {
      Cue c = t.cueEndingBefore(i);
      if (c == null || c.begin() < floor || c.has(Cue.Flag.AFTER) || !(c.binds() || c.year() != null)) {
        break;
      }
      i = c.begin();
    }
    return i;
  }

  /** The end of the tail of a value ending at {@code end}, not after {@code ceiling}. */
  int tailEnd(int end, int ceiling) {
    int i = end;
    while (i < ceiling) {
      Cue c = t.cueStartingAt(i);
      if (c == null || c.end() > ceiling || !(c.has(Cue.Flag.AFTER) || c.year() != null)) {
        break;
      }
      i = c.end();
    }
    return i;
  }

  /**
   * A tail comparator ("trở lên"), else the chain's one nearest the value that is more than "đạt/là"
   * ("là dưới 2,3%" is LT), else EQ when the chain says "đạt/là", else {@code null}.
   */
  Comparator comparator(int chain, Reading r, int tail) {
    for (int i = r.end(); i < tail; i++) {
      Cue c = t.cueAt(i);
      if (c != null && c.comparator() != null) {
        return c.comparator();
      }
    }
    Comparator weak = null;
    for (int i = r.begin() - 1; i >= chain; i--) {
      Cue c = t.cueAt(i);
      if (c != null && c.comparator() != null) {
        if (c.comparator() != Comparator.EQ) {
          return c.comparator();
        }
        weak = Comparator.EQ;
      }
    }
    return weak;
  }

  /** The direction of the chain's verb nearest the value ("duy trì đạt", "giảm xuống"), or {@code null}. */
  Direction chainDirection(int chain, Reading r) {
    for (int i = r.begin() - 1; i >= chain; i--) {
      Cue c = t.cueAt(i);
      if (c != null && c.direction() != null) {
        return c.direction();
      }
    }
    return null;
  }

  /**
   * A reducing or keeping verb in the comma-part before the chain, not before {@code from}: "tỷ lệ hộ
   * nghèo giảm bình quân 1,5%".
   */
  Direction nearbyVerb(int from, int chain) {
    for (int i = chain - 1; i >= from && !",".equals(t.word(i)); i--) {
      Cue c = t.cueAt(i);
      if (c != null && (c.direction() == Direction.DECREASE || c.direction() == Direction.MAINTAIN)) {
        return c.direction();
      }
    }
    return null;
  }

  /** The due year in the tail ("65% vào năm 2025") or chain ("năm 2024 phấn đấu đạt 90%"), or {@code null}. */
  Integer year(int chain, Reading r, int tail) {
    for (int i = r.end(); i < tail; i++) {
      Cue c = t.cueAt(i);
      if (c != null && c.year() != null) {
        return c.year();
      }
    }
    for (int i = chain; i < r.begin(); i++) {
      Cue c = t.cueAt(i);
      if (c != null && c.year() != null) {
        return c.year();
      }
    }
    return null;
  }

  /** The chain predicates the value of the words before it: "đạt", "là", "ở mức" (not "khoảng"). */
  boolean predicates(int chain, Reading r) {
    return any(chain, r.begin(), c -> c.comparator() == Comparator.EQ && !c.has(Cue.Flag.APPROX));
  }

  /** The chain says the value is reached or bounded: "đạt", "trên", "ít nhất", "khoảng"; not a bare "là". */
  boolean reaches(int chain, Reading r) {
    return any(chain, r.begin(), c -> c.comparator() != null
        && (c.comparator() != Comparator.EQ || c.has(Cue.Flag.REACH) || c.has(Cue.Flag.APPROX)));
  }

  /** The chain commits to the value: any comparator, "phấn đấu", "chỉ tiêu", "khoảng". */
  boolean commits(int chain, Reading r) {
    return any(chain, r.begin(), c -> c.comparator() != null || c.has(Cue.Flag.COMMIT) || c.has(Cue.Flag.APPROX));
  }

  /** A cue with {@code flag} among tokens {@code [from, to)}. */
  boolean has(int from, int to, Cue.Flag flag) {
    return any(from, to, c -> c.has(flag));
  }

  private boolean any(int from, int to, java.util.function.Predicate<Cue> test) {
    for (int i = from; i < to; i++) {
      Cue c = t.cueAt(i);
      if (c != null && test.test(c)) {
        return true;
      }
    }
    return false;
  }
}
