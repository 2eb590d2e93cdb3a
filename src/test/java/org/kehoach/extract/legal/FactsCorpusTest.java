package org.kehoach.extract.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.budgets.BudgetExtractor;
import org.kehoach.extract.deadlines.DeadlineExtractor;
import org.kehoach.model.Budget;
import org.kehoach.model.Deadline;
import org.kehoach.model.LegalReference;
import org.kehoach.model.PageLocator;
import org.kehoach.text.Fold;

/**
 * Scores the three fact extractors on the sample corpus against the gold files, as the gold README says:
 * legal basis as a multiset of folded numbers, deadlines as the set of distinct dates (optional ones
 * ignored), budgets as the multiset of non-null amounts. Micro-averaged over the files.
 */
class FactsCorpusTest {
  private static List<CorpusPlans> plans;

  @BeforeAll
  static void load() {
    plans = CorpusPlans.load();
  }

  @Test
  void legalBasisMatchesGold() {
    LegalBasisExtractor extractor = new LegalBasisExtractor();
    Score total = new Score("legalBasis");
    for (CorpusPlans p : plans) {
      List<String> got = new ArrayList<>();
      for (LegalReference r : extractor.extract(p.text(), p.preambleStart(), p.bodyStart(), PageLocator.none())) {
        got.add(key(r.number()));
      }
      List<String> want = new ArrayList<>();
      p.gold().path("legalBasis").forEach(n -> want.add(key(n.isTextual() ? n.asText() : n.path("number").asText())));
      total.add(p.slug(), multiset(want), multiset(got), Map.of());
    }
    System.out.println(total.report());
    assertTrue(total.f1() >= 0.95, total.report());
  }

  @Test
  void deadlinesMatchGold() {
    DeadlineExtractor extractor = new DeadlineExtractor();
    Score total = new Score("deadlines");
    for (CorpusPlans p : plans) {
      Set<String> got = new HashSet<>();
      for (Deadline d : extractor.extract(p.text(), p.bodyStart(), p.text().length(), p.planYear(), PageLocator.none())) {
        got.add(d.date());
      }
      Map<String, Integer> want = new HashMap<>();
      Map<String, Integer> optional = new HashMap<>();
      for (JsonNode d : p.gold().path("deadlines")) {
        (d.path("optional").asBoolean(false) ? optional : want).put(d.path("date").asText(), 1);
      }
      Map<String, Integer> gotSet = new HashMap<>();
      got.forEach(g -> gotSet.put(g, 1));
      total.add(p.slug(), want, gotSet, optional);
    }
    System.out.println(total.report());
    assertEquals(1.0, total.f1(), 1e-9, total.report());
  }

  @Test
  void budgetsMatchGold() {
    BudgetExtractor extractor = new BudgetExtractor();
    Score total = new Score("budgets");
    for (CorpusPlans p : plans) {
      int[] range = p.budgetRange();
      List<String> got = new ArrayList<>();
      if (range != null) {
        for (Budget b : extractor.extract(p.text(), range[0], range[1], PageLocator.none())) {
          if (b.amountVnd() != null) {
            got.add(String.valueOf(b.amountVnd()));
          }
        }
      }
      List<String> want = new ArrayList<>();
      Map<String, Integer> optional = new HashMap<>();
      for (JsonNode b : p.gold().path("budgets")) {
        String amount = String.valueOf(b.path("amountVnd").asLong());
        if (b.path("optional").asBoolean(false)) {
          optional.merge(amount, 1, Integer::sum);
        } else {
          want.add(amount);
        }
      }
      total.add(p.slug(), multiset(want), multiset(got), optional);
    }
    System.out.println(total.report());
    assertEquals(1.0, total.f1(), 1e-9, total.report());
  }

  private static String key(String number) {
    return Fold.fold(number).replace(" ", "");
  }

  private static Map<String, Integer> multiset(List<String> items) {
    Map<String, Integer> m = new HashMap<>();
    items.forEach(i -> m.merge(i, 1, Integer::sum));
    return m;
  }

  /** Micro-averaged true/false positives and misses over files, with a per-file report. */
  private static final class Score {
    private final String part;
    private int tp;
    private int fp;
    private int fn;
    private final StringBuilder report = new StringBuilder();

    Score(String part) {
      this.part = part;
    }

    void add(String doc, Map<String, Integer> want, Map<String, Integer> got, Map<String, Integer> optional) {
      int t = 0;
      int p = 0;
      int n = 0;
      Set<String> keys = new HashSet<>(want.keySet());
      keys.addAll(got.keySet());
      for (String k : keys) {
        int w = want.getOrDefault(k, 0);
        int g = got.getOrDefault(k, 0);
        int matched = Math.min(w, g);
        t += matched;
        n += w - matched;
        p += Math.max(0, g - matched - optional.getOrDefault(k, 0));
      }
      tp += t;
      fp += p;
      fn += n;
      report.append(String.format(Locale.ROOT, "%n  %-24s tp=%d fp=%d fn=%d want=%s got=%s", doc, t, p, n, want.keySet(), got.keySet()));
    }

    double f1() {
      return tp == 0 ? (fp == 0 && fn == 0 ? 1.0 : 0.0) : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    String report() {
      double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
      return String.format(Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%s",
          part, precision, recall, f1(), tp, fp, fn, report);
    }
  }
}
