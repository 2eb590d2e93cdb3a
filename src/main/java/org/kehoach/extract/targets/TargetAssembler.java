package org.kehoach.extract.targets;

import java.util.ArrayList;
import java.util.List;
import org.kehoach.extract.targets.ClauseSplitter.Clause;
import org.kehoach.model.Comparator;
import org.kehoach.model.Direction;
import org.kehoach.model.TargetUnit;

/**
 * Turns the values of one clause into drafts of targets, from the cues around each value ({@link
 * CueReader}) and the words before or after it ({@link NamePicker}):
 *
 * <ul>
 *   <li>the comparator is the one the value's chain or tail states; none at all reads as EQ. "xuống còn"
 *       and "xuống" read as LE: the indicator must come down to at most the value;
 *   <li>the direction comes from a verb in the chain, else the verb that governs the name ("giảm tỷ lệ
 *       …"), else a reducing or keeping verb in the last comma-part before the value, else an upper bound
 *       (LT, LE: "là dưới 2,3%", "không quá", "tối đa") reads as DECREASE, else the lead-in's verb, else
 *       INCREASE;
 *   <li>the name is written before the value, unless the value quantifies the noun after it ("giám sát
 *       100% cơ sở …"). Two values share the words between them: all go to the second when the first is
 *       named before it, else they are split at the last comma or "và". A value left without words takes
 *       the previous name ("65% vào năm 2025 và 75% vào năm 2030", "91% (≥ 95% …)");
 *   <li>"từ A đến B" is a goal B when a verb moves the indicator that way ("giảm … từ 0,01% đến
 *       0,005%"), else a RANGE; "A-B" is always a RANGE;
 *   <li>a count needs a commitment: a comparator in its chain, "phấn đấu", "khoảng", or a "Chỉ tiêu n:"
 *       lead-in. Money needs to be raised or reached, not spent ("kinh phí", "ngân sách") or granted; a
 *       value whose name is money spent is a funding share ("ngân sách tỉnh bảo đảm 70% kinh phí").
 * </ul>
 */
final class TargetAssembler {
  private final MarkedTokens t;
  private final NamePicker names;
  private final CueReader cues;

  TargetAssembler(MarkedTokens tokens) {
    this.t = tokens;
    this.names = new NamePicker(tokens);
    this.cues = new CueReader(tokens);
  }

  /** A target before the extractor adds text, indicator and page; {@code [begin, end)} are its tokens. */
  record Draft(Reading reading, int begin, int end, String name, double value, Double valueMax,
      Comparator comparator, Direction direction, Integer year) {}

  /**
   * Drafts for the values of clause {@code c}, in order.
   *
   * @param afterRaising the clause before gave amounts raised, so this one may break them down ("đạt 300
   *     triệu đồng; trong đó, cấp huyện là 100 triệu đồng")
   * @param carried the last value of the clause before, whose name a value without words of its own
   *     takes ("tỷ lệ tiêm chủng đạt 85%; năm 2024 phấn đấu đạt 90%"), or {@code null}
   */
  List<Draft> assemble(Clause c, List<Reading> values, LeadIn lead, boolean afterRaising, Draft carried) {
    int n = values.size();
    int[] chain = new int[n];
    int[] tail = new int[n];
    for (int k = 0; k < n; k++) {
      chain[k] = cues.chainStart(values.get(k).begin(), k == 0 ? c.begin() : tail[k - 1]);
      tail[k] = cues.tailEnd(values.get(k).end(), k + 1 < n ? values.get(k + 1).begin() : c.end());
    }
    boolean budget = lead.budget() || cues.has(c.begin(), c.end(), Cue.Flag.BUDGET);
    boolean raising = (lead.raise() || afterRaising || cues.has(c.begin(), c.end(), Cue.Flag.RAISE)) && !budget;
    List<Draft> out = new ArrayList<>();
    Draft previous = null;
    boolean previousNamedBefore = false;
    int preFrom = c.begin();
    for (int k = 0; k < n; k++) {
      Reading r = values.get(k);
      NamePicker.Pick pre = names.before(preFrom, chain[k]);
      boolean namedBefore = !pre.isEmpty() && !quantifiesWhatFollows(r, chain[k], pre, tail[k], c.end());
      int postTo = c.end();
      preFrom = c.end();
      if (k + 1 < n && namedBefore) {
        preFrom = tail[k];
      } else if (k + 1 < n) {
        int split = lastSplit(tail[k], chain[k + 1]);
        postTo = split < 0 ? chain[k + 1] : split;
        preFrom = split < 0 ? chain[k + 1] : split + 1;
      }
      boolean aside = k > 0 && previousNamedBefore && opens(tail[k - 1], chain[k]);
      Draft d = draft(r, chain[k], tail[k], pre, namedBefore, postTo, lead, aside ? previous : null,
          previous != null ? previous : carried);
      boolean spent = namedBefore ? cues.has(pre.begin(), pre.end(), Cue.Flag.BUDGET)
          : cues.has(tail[k], postTo, Cue.Flag.BUDGET);
      if (!spent && keep(d, chain[k], namedBefore, lead, raising)) {
        out.add(d);
      }
      previous = d;
      previousNamedBefore = namedBefore;
    }
    return out;
  }

  /**
   * True when a value quantifies the noun after it rather than being predicated of the words before it:
   * "giám sát 100% cơ sở kinh doanh", "hỗ trợ khoảng 120 trẻ em khuyết tật". Not when the words before
   * hold an indicator head ("tỷ lệ nợ thuế không quá 5% tổng thu") or the chain a predicate ("… đạt 95%
   * số trẻ").
   */
  private boolean quantifiesWhatFollows(Reading r, int chain, NamePicker.Pick pre, int tail, int clauseEnd) {
    if (r.unit() != TargetUnit.PERCENT && r.unit() != TargetUnit.COUNT) {
      return false;
    }
    if (tail >= clauseEnd || t.isPunct(tail) || t.isConjunction(tail)) {
      return false;
    }
    return !cues.has(pre.begin(), pre.end(), Cue.Flag.HEAD) && !cues.predicates(chain, r);
  }

  /**
   * @param aside the previous value in the clause, named before it, when this one is an aside to it in
   *     brackets ("đạt 91% (≥ 95% theo …)"), else {@code null}
   * @param fallback the value before, whose name is taken when no words are left for this one
   */
  private Draft draft(Reading r, int chain, int tail, NamePicker.Pick pre, boolean namedBefore, int postTo,
      LeadIn lead, Draft aside, Draft fallback) {
    Comparator cmp = cues.comparator(chain, r, tail);
    Direction chainDir = cues.chainDirection(chain, r);
    String name = namedBefore ? t.textOf(pre.begin(), pre.end()) : null;
    Draft from = null;
    if (name == null && pre.isEmpty() && aside != null && aside.reading().unit() == r.unit()) {
      from = aside;
    } else {
      name = name != null ? name : nameAfter(r, tail, postTo);
      if (name.isEmpty() && !pre.isEmpty()) {
        name = t.textOf(pre.begin(), pre.end());
      }
      if (name.isEmpty() && fallback != null && fallback.reading().unit() == r.unit()) {
        from = fallback;
      }
    }
    if (from != null) {
      name = from.name();
      chainDir = chainDir == null ? from.direction() : chainDir;
      cmp = cmp == null ? from.comparator() : cmp;
    }
    Direction dir = direction(chainDir, pre, chain, cmp, lead);
    Integer year = cues.year(chain, r, tail);
    year = year != null ? year : pre.year() != null ? pre.year() : lead.year();
    return shape(r, chain, tail, name, cmp, dir, year, pre.verb() != null || chainDir != null);
  }

  private Direction direction(Direction chainDir, NamePicker.Pick pre, int chain, Comparator cmp, LeadIn lead) {
    if (chainDir != null) {
      return chainDir;
    }
    if (pre.verb() != null) {
      return pre.verb();
    }
    Direction nearby = cues.nearbyVerb(pre.begin(), chain);
    if (nearby != null) {
      return nearby;
    }
    if (cmp == Comparator.LT || cmp == Comparator.LE) {
      return Direction.DECREASE;
    }
    return lead.direction() != null ? lead.direction() : Direction.INCREASE;
  }

  /** The words after a value; a count keeps its noun: "300 học sinh nghèo được …" → "học sinh nghèo được …". */
  private String nameAfter(Reading r, int tail, int postTo) {
    NamePicker.Pick post = names.after(tail, postTo);
    String after = post.isEmpty() ? "" : t.textOf(post.begin(), post.end());
    if (r.unit() != TargetUnit.COUNT) {
      return after;
    }
    String noun = t.textOf(r.begin() + 1, r.end());
    return after.isEmpty() ? noun : noun + " " + after;
  }

  /** Settles two-number values: a goal when a verb moves the indicator from a baseline, else a RANGE. */
  private static Draft shape(Reading r, int chain, int tail, String name, Comparator cmp, Direction dir,
      Integer year, boolean verbSaid) {
    Comparator c = cmp == null ? Comparator.EQ : cmp;
    double a = r.first();
    Double b = r.second();
    boolean down = r.form() == Reading.Form.DOWN
        || (r.form() == Reading.Form.FROMTO && verbSaid && dir == Direction.DECREASE && a > b);
    boolean up = r.form() == Reading.Form.UP
        || (r.form() == Reading.Form.FROMTO && verbSaid && dir == Direction.INCREASE && a < b);
    if (down || up) {
      Comparator goal = cmp != null ? c : down ? Comparator.LE : Comparator.GE;
      Direction way = dir == Direction.MAINTAIN ? dir : down ? Direction.DECREASE : Direction.INCREASE;
      return new Draft(r, chain, tail, name, b, null, goal, way, year);
    }
    if (b != null) {
      return new Draft(r, chain, tail, name, Math.min(a, b), Math.max(a, b), Comparator.RANGE, dir, year);
    }
    return new Draft(r, chain, tail, name, a, null, c, dir, year);
  }

  /**
   * Money is a target when raised ("vận động Quỹ … đạt 300 triệu đồng") or reached ("thu nhập bình quân
   * đạt 65 triệu đồng"), not when spent or granted ("hỗ trợ mỗi trẻ 2.000.000 đồng", "Dự án 1: …:
   * 140.000.000đ"). A count needs a commitment.
   */
  private boolean keep(Draft d, int chain, boolean namedBefore, LeadIn lead, boolean raising) {
    Reading r = d.reading();
    return switch (r.unit()) {
      case VND -> (namedBefore || chain < r.begin()) && (raising || cues.reaches(chain, r));
      case COUNT -> cues.commits(chain, r) || (lead.commit() && chain == r.begin());
      default -> true;
    };
  }

  /** An opening bracket in {@code [from, to)}. */
  private boolean opens(int from, int to) {
    for (int i = from; i < to; i++) {
      if ("(".equals(t.word(i)) || "[".equals(t.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** The last comma or "và" in {@code [from, to)}, or -1. */
  private int lastSplit(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (",".equals(t.word(i)) || t.isConjunction(i)) {
        return i;
      }
    }
    return -1;
  }
}
