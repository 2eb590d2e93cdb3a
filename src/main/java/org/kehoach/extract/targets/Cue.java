package org.kehoach.extract.targets;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kehoach.model.Comparator;
import org.kehoach.model.Direction;

/**
 * A match of {@code cues.rules}: the tokens {@code [begin, end)} of the region and what the rule says
 * about them. See the rules file for the meaning of each feature.
 *
 * @param comparator the comparator stated, or {@code null}
 * @param direction the direction stated, or {@code null}
 * @param year the four-digit year of a due-year cue, or {@code null}
 */
record Cue(int begin, int end, Comparator comparator, Direction direction, Integer year, Set<Flag> flags) {

  /** Features of a cue besides comparator, direction and year. */
  enum Flag {
    AFTER, APPROX, REACH, LEAD, COMMIT, HEAD, RAISE, BUDGET, NONE
  }

  Cue {
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
  }

  boolean has(Flag f) {
    return flags.contains(f);
  }

  /** True for a cue that can stand in the run of words touching a value: "phấn đấu duy trì đạt …". */
  boolean binds() {
    return !has(Flag.NONE) && !has(Flag.BUDGET) && (comparator != null || direction != null || has(Flag.LEAD));
  }

  /**
   * Reads a rule result such as {@code "cmp=LT dir=DECREASE"}.
   *
   * @throws IllegalArgumentException on a feature the rules file should not produce
   */
  static Cue parse(String result, int begin, int end, List<CoreLabel> tokens) {
    Comparator cmp = null;
    Direction dir = null;
    Integer year = null;
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    for (String f : result.trim().split("\\s+")) {
      if (f.startsWith("cmp=")) {
        cmp = Comparator.valueOf(f.substring(4));
      } else if (f.startsWith("dir=")) {
        dir = Direction.valueOf(f.substring(4));
      } else if (f.equals("year")) {
        year = yearIn(tokens, begin, end);
      } else {
        flags.add(Flag.valueOf(f.toUpperCase(Locale.ROOT)));
      }
    }
    return new Cue(begin, end, cmp, dir, year, flags);
  }

  private static Integer yearIn(List<CoreLabel> tokens, int begin, int end) {
    for (int i = end - 1; i >= begin; i--) {
      String w = tokens.get(i).word();
      if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
        return Integer.valueOf(w);
      }
    }
    throw new IllegalArgumentException("a year cue without a four-digit year: tokens " + begin + ".." + end);
  }
}
