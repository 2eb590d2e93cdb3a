package org.kehoach.eval;

import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link EvalReport} as plain text in the manner of GROBID's end-to-end evaluation: a table of
 * precision, recall and F1 per part (percentages, micro-averaged), a table of accuracies (metadata fields,
 * attributes of paired items), then per file what was missed, extra or wrong. Verbose output adds every
 * file's per-part scores. Ratios whose denominator is zero print as {@code n/a}.
 */
public final class TextReport {
  private final boolean verbose;

  public TextReport(boolean verbose) {
    this.verbose = verbose;
  }

  public String render(EvalReport report) {
    StringBuilder sb = new StringBuilder();
    int gold = (int) report.files().stream().map(FileResult::gold).distinct().count();
    line(sb, "%d prediction file(s) scored against %d gold document(s); micro-average over files",
        report.files().size(), gold);
    sb.append('\n');
    line(sb, "%-14s %6s %6s %6s %10s %8s %8s %9s", "part", "TP", "FP", "FN", "precision", "recall", "F1", "optional");
    for (Part part : Part.values()) {
      if (!report.scored(part)) {
        continue;
      }
      Counts c = report.total(part);
      line(sb, "%-14s %6d %6d %6d %10s %8s %8s %9d", part.key(), c.tp(), c.fp(), c.fn(),
          pct(c.precision()), pct(c.recall()), pct(c.f1()), report.optionalPaired(part));
    }
    sb.append('\n');
    line(sb, "%-30s %8s %8s %9s", "field", "correct", "scored", "accuracy");
    accuracy(sb, "metadata", report.metadata());
    for (MetadataField f : MetadataField.values()) {
      accuracy(sb, "  " + f.label(), report.metadata(f));
    }
    for (Part part : Part.values()) {
      report.attributes(part).forEach((name, a) -> accuracy(sb, part.key() + "." + name, a));
    }
    for (FileResult f : report.files()) {
      fileSection(sb, f);
    }
    list(sb, "Predictions without gold (not scored)", report.withoutGold());
    list(sb, "Prediction files not usable", report.unreadable());
    list(sb, "Gold documents without prediction (not scored)", report.goldWithoutPrediction());
    return sb.toString();
  }

  private void fileSection(StringBuilder sb, FileResult f) {
    StringBuilder body = new StringBuilder();
    Accuracy m = f.metadata().accuracy();
    if (verbose) {
      line(body, "  %-14s %d/%d fields", "metadata", m.correct(), m.scored());
    }
    for (FieldCheck c : f.metadata().checks()) {
      if (!c.correct()) {
        line(body, "  wrong %s: expected %s, got %s", c.field().label(), c.gold(), c.predicted());
      }
    }
    for (PartResult r : f.parts().values()) {
      Counts c = r.counts();
      if (verbose) {
        line(body, "  %-14s TP %d FP %d FN %d  P %s R %s F1 %s", r.part().key(), c.tp(), c.fp(), c.fn(),
            pct(c.precision()), pct(c.recall()), pct(c.f1()));
      }
      r.missed().forEach(s -> line(body, "  missed %s: %s", r.part().key(), s));
      r.extra().forEach(s -> line(body, "  extra  %s: %s", r.part().key(), s));
      r.notes().forEach(s -> line(body, "  note   %s: %s", r.part().key(), s));
    }
    if (body.length() > 0) {
      sb.append('\n');
      line(sb, "%s (source %s, gold %s)", f.prediction(), f.source(), f.gold());
      sb.append(body);
    }
  }

  private static void accuracy(StringBuilder sb, String name, Accuracy a) {
    line(sb, "%-30s %8d %8d %9s", name, a.correct(), a.scored(), pct(a.value()));
  }

  private static void list(StringBuilder sb, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    sb.append('\n');
    line(sb, "%s:", title);
    items.forEach(s -> line(sb, "  %s", s));
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", 100 * v);
  }

  private static void line(StringBuilder sb, String format, Object... args) {
    sb.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
