package org.kehoach.extract.consistency;

import java.util.List;
import java.util.Locale;
import org.kehoach.extract.budgets.BudgetCheck;
import org.kehoach.model.Warning;

/** Budget lines that do not add up to their total, and amounts in words that disagree with the digits. */
final class BudgetConsistency {
  private BudgetConsistency() {}

  static void check(ConsistencyInput in, List<Warning> out) {
    for (BudgetCheck c : in.budgetChecks()) {
      long total = c.total().amountVnd();
      if (Boolean.FALSE.equals(c.partsAddUp())) {
        out.add(new Warning(WarningCode.BUDGET_SUM_MISMATCH.name(),
            "expected the " + c.parts().size() + " budget lines under '" + quote(c.total().text())
                + "' to add up to its total of " + vnd(total) + ", found " + vnd(c.partsSum()),
            c.total().span()));
      }
      if (Boolean.FALSE.equals(c.wordsAgree())) {
        out.add(new Warning(WarningCode.BUDGET_WORDS_MISMATCH.name(),
            "expected the amount in words '" + c.amountInWords() + "' to say " + vnd(total) + " as the digits do, found "
                + vnd(c.amountInWordsVnd()),
            c.total().span()));
      }
    }
  }

  /** "684.000.000 đồng": Vietnamese digit grouping. */
  static String vnd(long amount) {
    return String.format(Locale.ROOT, "%,d", amount).replace(',', '.') + " đồng";
  }

  private static String quote(String s) {
    String t = s.strip();
    return t.length() <= 80 ? t : t.substring(0, 77) + "…";
  }
}
