package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores the legal basis as a multiset of document numbers compared after the fold with spaces removed
 * ("26 - NQ/TU" = "26-NQ/TU"). A gold item is a number, or an object with {@code number} and
 * {@code optional}.
 */
final class LegalBasisMatcher implements PartMatcher {
  @Override
  public Part part() {
    return Part.LEGAL_BASIS;
  }

  @Override
  public Optional<PartResult> match(JsonNode gold, JsonNode prediction) {
    if (!gold.has(part().key())) {
      return Optional.empty();
    }
    List<JsonNode> items = JsonValues.items(gold, part().key());
    List<String> g = new ArrayList<>();
    boolean[] optional = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i);
      String number = n.isTextual() ? n.asText() : JsonValues.text(n.get("number"));
      if (number == null || number.isBlank()) {
        throw new IllegalArgumentException("legalBasis[" + i + "]: expected a document number, found " + n);
      }
      g.add(number);
      optional[i] = JsonValues.optional(n);
    }
    List<String> p = new ArrayList<>();
    for (JsonNode n : JsonValues.items(prediction, part().key())) {
      p.add(JsonValues.text(n, "/number"));
    }
    List<String> gKeys = g.stream().map(MatchKeys::compact).toList();
    List<String> pKeys = p.stream().map(MatchKeys::compact).toList();
    Pairing pairing =
        Pairing.of(optional, p.size(), (a, b) -> pKeys.get(b) != null && Objects.equals(gKeys.get(a), pKeys.get(b)));
    return Optional.of(pairing.result(part(), g::get, b -> String.valueOf(p.get(b))));
  }
}
