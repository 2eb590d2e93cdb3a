package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores deadlines as the set of distinct dates: a date predicted twice counts once, and a date the gold
 * lists both as required and as optional is required. A gold item is {@code {"date": "YYYY-MM-DD"}} (with
 * {@code optional}) or the bare date string.
 */
final class DeadlinesMatcher implements PartMatcher {
  @Override
  public Part part() {
    return Part.DEADLINES;
  }

  @Override
  public Optional<PartResult> match(JsonNode gold, JsonNode prediction) {
    if (!gold.has(part().key())) {
      return Optional.empty();
    }
    // date -> optional; a required occurrence wins over an optional one
    Map<String, Boolean> goldDates = new LinkedHashMap<>();
    List<JsonNode> items = JsonValues.items(gold, part().key());
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i);
      String date = n.isTextual() ? n.asText() : JsonValues.text(n.get("date"));
      if (date == null || date.isBlank()) {
        throw new IllegalArgumentException("deadlines[" + i + "]: expected a date, found " + n);
      }
      goldDates.merge(date, JsonValues.optional(n), Boolean::logicalAnd);
    }
    Set<String> predDates = new LinkedHashSet<>();
    for (JsonNode n : JsonValues.items(prediction, part().key())) {
      String date = JsonValues.text(n, "/date");
      if (date != null) {
        predDates.add(date);
      }
    }
    List<String> g = new ArrayList<>(goldDates.keySet());
    boolean[] optional = new boolean[g.size()];
    for (int i = 0; i < g.size(); i++) {
      optional[i] = goldDates.get(g.get(i));
    }
    List<String> p = new ArrayList<>(predDates);
    Pairing pairing = Pairing.of(optional, p.size(), (a, b) -> g.get(a).equals(p.get(b)));
    return Optional.of(pairing.result(part(), g::get, p::get));
  }
}
