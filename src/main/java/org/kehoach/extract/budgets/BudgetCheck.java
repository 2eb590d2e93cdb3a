package org.kehoach.extract.budgets;

import java.util.List;
import java.util.Objects;
import org.kehoach.model.Budget;

/**
 * What a consistency checker needs about one stated amount: the parts the plan lists under it and the
 * amount it repeats in words.
 *
 * @param total an amount the extractor returned (never a fundraising goal)
 * @param parts the amounts listed under it after "trong đó", "bao gồm" … in text order; empty when none
 * @param partsSum the sum of {@code parts}, or {@code null} when there are none
 * @param amountInWords the amount as written out in words, e.g. "Sáu trăm tám tư triệu đồng chẵn", or
 *     {@code null} when the plan gives none
 * @param amountInWordsVnd {@code amountInWords} read by {@link org.kehoach.extract.value.MoneyWords}, or
 *     {@code null} when absent
 */
public record BudgetCheck(Budget total, List<Budget> parts, Long partsSum, String amountInWords, Long amountInWordsVnd) {
  public BudgetCheck {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(total.amountVnd(), "total.amountVnd");
    parts = List.copyOf(parts);
  }

  /** Whether the parts add up to the total; {@code null} when no parts are listed. */
  public Boolean partsAddUp() {
    return partsSum == null ? null : partsSum.equals(total.amountVnd());
  }

  /** Whether the amount in words equals the amount in digits; {@code null} when no words are given. */
  public Boolean wordsAgree() {
    return amountInWordsVnd == null ? null : amountInWordsVnd.equals(total.amountVnd());
  }
}
