package org.kehoach.extract.targets;

import org.kehoach.extract.targets.ClauseSplitter.Clause;
import org.kehoach.model.Direction;

/**
 * What a clause ending in ":" passes on to the clauses after it: "a) Đến năm 2025:" a due year,
 * "Chỉ tiêu 3:" a commitment, "Vận động Quỹ …:" money raised, "Ngân sách … năm 2014:" money spent.
 *
 * @param year a due year, or {@code null}
 * @param direction a reducing or keeping verb, or {@code null}
 */
record LeadIn(Integer year, Direction direction, boolean commit, boolean raise, boolean budget) {
  static final LeadIn NONE = new LeadIn(null, null, false, false, false);

  /**
   * The lead-in in force after clause {@code c}: a clause ending in ":" opens one, a heading number ("2.",
   * "II.") closes it, any other clause leaves it open. Lead-ins in a row nest ("Ngân sách năm 2014: …,
   * trong đó: Dự án 1: …: 140.000.000đ"), so {@code outer}, the lead-in still open when no value came
   * since, passes on what this one does not say; spending is closed only by a commitment or a fund.
   */
  static LeadIn after(Clause c, LeadIn outer, MarkedTokens t) {
    if (c.label()) {
      return NONE;
    }
    if (!c.leadIn()) {
      return outer;
    }
    Integer year = outer.year();
    Direction dir = outer.direction();
    boolean commit = false;
    boolean raise = false;
    boolean budget = false;
    for (int i = c.begin(); i < c.end(); i++) {
      Cue q = t.cueStartingAt(i);
      if (q == null || q.has(Cue.Flag.NONE)) {
        continue;
      }
      year = q.year() != null ? q.year() : year;
      dir = q.direction() == Direction.DECREASE || q.direction() == Direction.MAINTAIN ? q.direction() : dir;
      commit |= q.has(Cue.Flag.COMMIT);
      raise |= q.has(Cue.Flag.RAISE);
      budget |= q.has(Cue.Flag.BUDGET);
    }
    return new LeadIn(year, dir, commit || outer.commit(), raise || outer.raise(),
        budget || (outer.budget() && !commit && !raise));
  }
}
