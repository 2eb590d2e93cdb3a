package org.kehoach.index;

import java.util.ArrayList;
import java.util.List;
import org.kehoach.model.Agency;
import org.kehoach.model.Budget;
import org.kehoach.model.Issuer;
import org.kehoach.model.Plan;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanLocation;
import org.kehoach.model.PlanSource;
import org.kehoach.model.Target;

/**
 * Takes a {@link PlanRecord} straight from a parsed {@link Plan}, equal to the record {@link PlanJsonReader}
 * reads from that plan's JSON: the index of a freshly parsed plan needs no JSON read back. So it applies the
 * JSON reader's rules: blank optional text is absent, the source's encoding and the agencies' spans are
 * dropped (the JSON reader does not keep them), and a target whose value is not a finite number is refused
 * (its JSON would hold a string there). Stateless and thread-safe.
 */
public final class PlanModelReader {
  /**
   * The record of a plan.
   *
   * @throws IllegalArgumentException when a target's value is not finite, as reading its JSON would
   */
  public PlanRecord read(Plan plan) {
    PlanSource s = plan.source();
    PlanSource source = new PlanSource(s.file(), s.format(), s.sha256(), s.pages(), s.ocr(), null);
    return new PlanRecord(source, document(plan.document()), targets(plan.targets()), budgets(plan.budgets()),
        agencies(plan.agencies()));
  }

  private static PlanDocument document(PlanDocument d) {
    PlanLocation l = d.location();
    return new PlanDocument(optional(d.number()), optional(d.title()),
        new Issuer(optional(d.issuer().name()), d.issuer().level()),
        new PlanLocation(optional(l.province()), optional(l.district()), optional(l.commune())),
        optional(d.place()), optional(d.issuedDate()), optional(d.issuedDateText()), d.planYear(), d.period());
  }

  private static List<Target> targets(List<Target> targets) {
    List<Target> out = new ArrayList<>(targets.size());
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (!Double.isFinite(t.value())) {
        throw new IllegalArgumentException("$.targets[" + i + "].value: expected a number, found " + t.value());
      }
      Double max = t.valueMax() != null && Double.isFinite(t.valueMax()) ? t.valueMax() : null;
      out.add(new Target(optional(t.indicator()), t.name(), t.text(), t.value(), max, t.unit(), t.comparator(),
          t.direction(), t.year(), t.span()));
    }
    return out;
  }

  private static List<Budget> budgets(List<Budget> budgets) {
    List<Budget> out = new ArrayList<>(budgets.size());
    for (Budget b : budgets) {
      out.add(new Budget(b.amountVnd(), optional(b.purpose()), b.sources(), b.text(), b.span()));
    }
    return out;
  }

  private static List<Agency> agencies(List<Agency> agencies) {
    List<Agency> out = new ArrayList<>(agencies.size());
    for (Agency a : agencies) {
      out.add(new Agency(a.name(), a.responsibilities(), List.of()));
    }
    return out;
  }

  /** Optional text as the JSON reader takes it: blank is absent. */
  private static String optional(String s) {
    return s != null && !s.isBlank() ? s : null;
  }
}
