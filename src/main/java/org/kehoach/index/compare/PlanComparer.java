package org.kehoach.index.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kehoach.gazetteer.Agency;
import org.kehoach.gazetteer.AgencyGazetteer;
import org.kehoach.index.IndicatorLexicon;
import org.kehoach.index.PlanKeys;
import org.kehoach.index.PlanRecord;
import org.kehoach.model.Comparator;
import org.kehoach.model.Direction;
import org.kehoach.model.Target;

/**
 * Compares an old plan with a new one: targets aligned by {@link TargetAligner}, each pair's change and
 * ambition, targets added and dropped, budget totals, and agencies added and dropped (agencies match by
 * folded name, after mapping each name to its canonical form when the caller gives a mapping). Immutable and
 * thread-safe.
 *
 * <p>Which way is better comes from the new target's direction, else the old one's, else the indicator
 * gazetteer, else the comparator (an upper bound means lower is better). MAINTAIN says only that a level is
 * to be kept, so for it the gazetteer or the comparator decides.
 */
public final class PlanComparer {
  /** Values closer than this are equal (values are read from text with at most a few decimals). */
  private static final double EPSILON = 1e-9;

  private final TargetAligner aligner;
  private final IndicatorLexicon lexicon;
  private final UnaryOperator<String> agencyNames;

  /** A comparer that matches agencies by their folded names as written. */
  public PlanComparer(TargetAligner aligner, IndicatorLexicon lexicon) {
    this(aligner, lexicon, UnaryOperator.identity());
  }

  /**
   * @param agencyNames maps an agency name to its canonical name before matching ("Phòng LĐ-TB&XH" and
   *     "Phòng Lao động - Thương binh và Xã hội" are one agency); see {@link #canonicalNames}
   */
  public PlanComparer(TargetAligner aligner, IndicatorLexicon lexicon, UnaryOperator<String> agencyNames) {
    this.aligner = Objects.requireNonNull(aligner, "aligner");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.agencyNames = Objects.requireNonNull(agencyNames, "agencyNames");
  }

  /** Canonical names from the agency gazetteer; names it does not know stay as written. */
  public static UnaryOperator<String> canonicalNames(AgencyGazetteer agencies) {
    Objects.requireNonNull(agencies, "agencies");
    return name -> agencies.canonicalise(name).map(Agency::canonical).orElse(name);
  }

  public PlanComparison compare(PlanRecord older, PlanRecord newer) {
    List<Target> a = older.targets();
    List<Target> b = newer.targets();
    List<TargetAligner.Pair> pairs = aligner.align(a, b);
    boolean[] pairedOld = new boolean[a.size()];
    TargetAligner.Pair[] byNew = new TargetAligner.Pair[b.size()];
    for (TargetAligner.Pair p : pairs) {
      pairedOld[p.older()] = true;
      byNew[p.newer()] = p;
    }
    List<TargetChange> rows = new ArrayList<>();
    for (int j = 0; j < b.size(); j++) {
      TargetAligner.Pair p = byNew[j];
      if (p == null) {
        rows.add(new TargetChange(ChangeKind.ADDED, null, b.get(j), null, 0, null, null, null));
      } else {
        rows.add(pair(a.get(p.older()), b.get(j), p));
      }
    }
    for (int i = 0; i < a.size(); i++) {
      if (!pairedOld[i]) {
        rows.add(new TargetChange(ChangeKind.DROPPED, a.get(i), null, null, 0, null, null, null));
      }
    }
    Map<String, String> oldAgencies = agencies(older, agencyNames);
    Map<String, String> newAgencies = agencies(newer, agencyNames);
    List<String> added = new ArrayList<>();
    newAgencies.forEach((k, name) -> {
      if (!oldAgencies.containsKey(k)) {
        added.add(name);
      }
    });
    List<String> dropped = new ArrayList<>();
    oldAgencies.forEach((k, name) -> {
      if (!newAgencies.containsKey(k)) {
        dropped.add(name);
      }
    });
    return new PlanComparison(older, newer, rows, older.budgetTotal(), newer.budgetTotal(), added, dropped);
  }

  private TargetChange pair(Target old, Target now, TargetAligner.Pair p) {
    double change = now.value() - old.value();
    boolean same = Math.abs(change) <= EPSILON;
    Direction direction = direction(old, now).orElse(null);
    Ambition ambition;
    if (same) {
      ambition = Ambition.SAME;
    } else if (direction == Direction.INCREASE) {
      ambition = change > 0 ? Ambition.MORE_AMBITIOUS : Ambition.LESS_AMBITIOUS;
    } else if (direction == Direction.DECREASE) {
      ambition = change < 0 ? Ambition.MORE_AMBITIOUS : Ambition.LESS_AMBITIOUS;
    } else {
      ambition = Ambition.UNKNOWN;
    }
    return new TargetChange(same ? ChangeKind.UNCHANGED : ChangeKind.CHANGED, old, now, p.alignment(),
        p.similarity(), same ? 0.0 : change, direction, ambition);
  }

  /** Which way is better for the pair (see the class comment). */
  Optional<Direction> direction(Target old, Target now) {
    for (Direction d : new Direction[] {now.direction(), old.direction()}) {
      if (d == Direction.INCREASE || d == Direction.DECREASE) {
        return Optional.of(d);
      }
    }
    for (String id : new String[] {now.indicator(), old.indicator()}) {
      if (id != null) {
        Optional<Direction> better = lexicon.better(id).filter(d -> d != Direction.MAINTAIN);
        if (better.isPresent()) {
          return better;
        }
      }
    }
    for (Comparator c : new Comparator[] {now.comparator(), old.comparator()}) {
      if (c == Comparator.LE || c == Comparator.LT) {
        return Optional.of(Direction.DECREASE);
      }
      if (c == Comparator.GE || c == Comparator.GT) {
        return Optional.of(Direction.INCREASE);
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> agencies(PlanRecord p, UnaryOperator<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    for (org.kehoach.model.Agency a : p.agencies()) {
      out.putIfAbsent(PlanKeys.phrase(names.apply(a.name())), a.name());
    }
    return out;
  }
}
