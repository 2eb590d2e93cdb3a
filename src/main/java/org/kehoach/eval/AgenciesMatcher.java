package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores agencies. A gold {@code match} (a folded phrase, or a list of alternative phrases) pairs with a
 * predicted agency whose folded {@code name} contains it or one of the alternatives; pairing is a maximum
 * matching with required items first. Predicted agencies left unpaired are false positives, so an
 * organisation listed twice under two names costs precision.
 */
final class AgenciesMatcher implements PartMatcher {
  @Override
  public Part part() {
    return Part.AGENCIES;
  }

  @Override
  public Optional<PartResult> match(JsonNode gold, JsonNode prediction) {
    if (!gold.has(part().key())) {
      return Optional.empty();
    }
    List<JsonNode> items = JsonValues.items(gold, part().key());
    List<Phrase> g = new ArrayList<>();
    boolean[] optional = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i);
      String where = "agencies[" + i + "].match";
      if (n.get("match") == null || n.get("match").isNull()) {
        throw new IllegalArgumentException(where + ": missing");
      }
      g.add(Phrase.of(n.get("match"), where));
      optional[i] = JsonValues.optional(n);
    }
    List<String> names = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    for (JsonNode n : JsonValues.items(prediction, part().key())) {
      String name = JsonValues.text(n, "/name");
      names.add(name);
      folded.add(MatchKeys.fold(name));
    }
    Pairing pairing = Pairing.of(optional, names.size(), (a, b) -> g.get(a).foundIn(folded.get(b)));
    return Optional.of(pairing.result(part(), a -> g.get(a).toString(), b -> String.valueOf(names.get(b))));
  }
}
