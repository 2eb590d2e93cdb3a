package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores budgets with a non-null {@code amountVnd}, paired by equal amount (a maximum matching, so two
 * statements of the same amount need two predictions). Budgets that only name a source, with a null amount,
 * are not scored on either side.
 */
final class BudgetsMatcher implements PartMatcher {
  private static final String AMOUNT = "/amountVnd";

  @Override
  public Part part() {
    return Part.BUDGETS;
  }

  @Override
  public Optional<PartResult> match(JsonNode gold, JsonNode prediction) {
    if (!gold.has(part().key())) {
      return Optional.empty();
    }
    List<BigDecimal> g = new ArrayList<>();
    List<Boolean> opt = new ArrayList<>();
    List<JsonNode> items = JsonValues.items(gold, part().key());
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i);
      JsonNode amount = JsonValues.at(n, AMOUNT);
      if (amount == null) {
        continue;
      }
      if (!amount.isNumber()) {
        throw new IllegalArgumentException("budgets[" + i + "].amountVnd: expected a number, found " + amount);
      }
      g.add(amount.decimalValue());
      opt.add(JsonValues.optional(n));
    }
    List<BigDecimal> p = new ArrayList<>();
    for (JsonNode n : JsonValues.items(prediction, part().key())) {
      BigDecimal amount = JsonValues.number(n, AMOUNT);
      if (amount != null) {
        p.add(amount);
      }
    }
    boolean[] optional = new boolean[g.size()];
    for (int i = 0; i < optional.length; i++) {
      optional[i] = opt.get(i);
    }
    Pairing pairing = Pairing.of(optional, p.size(), (a, b) -> g.get(a).compareTo(p.get(b)) == 0);
    return Optional.of(pairing.result(part(), a -> vnd(g.get(a)), b -> vnd(p.get(b))));
  }

  private static String vnd(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString() + " VND";
  }
}
