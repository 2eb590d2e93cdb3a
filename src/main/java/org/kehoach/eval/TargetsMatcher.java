package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores targets. A gold target pairs with a predicted target of the same {@code unit}, the same
 * {@code value} to within 1e-9, and whose {@code fold(name + " " + text)} contains the gold {@code match}
 * (a phrase or list of alternatives; any target when absent). Pairing is a maximum matching with required
 * items first, so the order of the output never matters. On paired items whose gold gives them,
 * {@code direction} and {@code year} are scored as attribute accuracies, required and optional items alike.
 */
final class TargetsMatcher implements PartMatcher {
  static final double VALUE_TOLERANCE = 1e-9;
  static final String DIRECTION = "direction";
  static final String YEAR = "year";
  private static final int CLIP = 70;

  /** One gold target, read once. */
  private record Gold(double value, String valueText, String unit, Phrase match, JsonNode direction, JsonNode year,
      boolean optional) {
    String describe() {
      return valueText + " " + unit + " " + match + (optional ? " (optional)" : "");
    }
  }

  /** One predicted target with its folded search text. */
  private record Pred(Double value, String unit, String folded, String name, JsonNode direction, JsonNode year) {
    String describe() {
      return (value == null ? "null" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()) + " " + unit
          + ": " + MatchKeys.clip(name, CLIP);
    }
  }

  @Override
  public Part part() {
    return Part.TARGETS;
  }

  @Override
  public Optional<PartResult> match(JsonNode gold, JsonNode prediction) {
    if (!gold.has(part().key())) {
      return Optional.empty();
    }
    List<Gold> g = readGold(JsonValues.items(gold, part().key()));
    List<Pred> p = new ArrayList<>();
    for (JsonNode n : JsonValues.items(prediction, part().key())) {
      String name = JsonValues.text(n, "/name");
      String text = JsonValues.text(n, "/text");
      JsonNode value = JsonValues.at(n, "/value");
      p.add(new Pred(
          value != null && value.isNumber() ? value.doubleValue() : null,
          JsonValues.text(n, "/unit"),
          MatchKeys.fold(Objects.toString(name, "") + " " + Objects.toString(text, "")),
          name,
          JsonValues.at(n, "/direction"),
          JsonValues.at(n, "/year")));
    }
    boolean[] optional = new boolean[g.size()];
    for (int i = 0; i < optional.length; i++) {
      optional[i] = g.get(i).optional();
    }
    Pairing pairing = Pairing.of(optional, p.size(), (a, b) -> pairs(g.get(a), p.get(b)));

    List<String> notes = new ArrayList<>();
    Accuracy direction = Accuracy.NONE;
    Accuracy year = Accuracy.NONE;
    for (int a = 0; a < g.size(); a++) {
      int b = pairing.predOf(a);
      if (b < 0) {
        continue;
      }
      Gold gt = g.get(a);
      Pred pt = p.get(b);
      if (gt.direction() != null) {
        boolean ok = JsonValues.sameValue(gt.direction(), pt.direction());
        direction = direction.plus(Accuracy.of(ok));
        if (!ok) {
          notes.add("direction of " + gt.describe() + ": expected " + gt.direction() + ", got "
              + JsonValues.show(pt.direction()));
        }
      }
      if (gt.year() != null) {
        boolean ok = JsonValues.sameValue(gt.year(), pt.year());
        year = year.plus(Accuracy.of(ok));
        if (!ok) {
          notes.add("year of " + gt.describe() + ": expected " + gt.year() + ", got " + JsonValues.show(pt.year()));
        }
      }
    }
    Map<String, Accuracy> attributes = new LinkedHashMap<>();
    attributes.put(DIRECTION, direction);
    attributes.put(YEAR, year);
    return Optional.of(pairing.result(part(), a -> g.get(a).describe(), b -> p.get(b).describe(), notes, attributes));
  }

  private static boolean pairs(Gold g, Pred p) {
    return g.unit().equals(p.unit())
        && p.value() != null
        && Math.abs(g.value() - p.value()) <= VALUE_TOLERANCE
        && g.match().foundIn(p.folded());
  }

  private static List<Gold> readGold(List<JsonNode> items) {
    List<Gold> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i);
      String where = "targets[" + i + "]";
      JsonNode value = JsonValues.at(n, "/value");
      String unit = JsonValues.text(n, "/unit");
      if (value == null || !value.isNumber()) {
        throw new IllegalArgumentException(where + ".value: expected a number, found " + JsonValues.show(value));
      }
      if (unit == null) {
        throw new IllegalArgumentException(where + ".unit: missing");
      }
      out.add(new Gold(
          value.doubleValue(),
          value.decimalValue().stripTrailingZeros().toPlainString(),
          unit,
          Phrase.of(n.get("match"), where + ".match"),
          JsonValues.at(n, "/" + DIRECTION),
          JsonValues.at(n, "/" + YEAR),
          JsonValues.optional(n)));
    }
    return out;
  }
}
