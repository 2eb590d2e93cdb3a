package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the section kinds other than {@code OTHER} as a multiset. The order is not scored but reported: when
 * the kinds both sides share (each kind taken as often as the rarer side has it, first occurrences first)
 * come in a different order, a note says so.
 */
final class SectionsMatcher implements PartMatcher {
  private static final String OTHER = "OTHER";

  @Override
  public Part part() {
    return Part.SECTIONS;
  }

  @Override
  public Optional<PartResult> match(JsonNode gold, JsonNode prediction) {
    if (!gold.has(part().key())) {
      return Optional.empty();
    }
    List<String> g = new ArrayList<>();
    List<JsonNode> goldItems = JsonValues.items(gold, part().key());
    for (int i = 0; i < goldItems.size(); i++) {
      JsonNode n = goldItems.get(i);
      if (!n.isTextual()) {
        throw new IllegalArgumentException("sections[" + i + "]: expected a section kind, found " + n);
      }
      if (!OTHER.equals(n.asText())) {
        g.add(n.asText());
      }
    }
    List<String> p = new ArrayList<>();
    for (JsonNode s : JsonValues.items(prediction, part().key())) {
      String kind = JsonValues.text(s, "/kind");
      if (kind != null && !OTHER.equals(kind)) {
        p.add(kind);
      }
    }
    Pairing pairing = Pairing.of(new boolean[g.size()], p.size(), (a, b) -> g.get(a).equals(p.get(b)));
    List<String> notes = new ArrayList<>();
    List<String> gOrder = shared(g, p);
    List<String> pOrder = shared(p, g);
    if (!gOrder.equals(pOrder)) {
      notes.add("section order differs: gold " + g + ", predicted " + p);
    }
    return Optional.of(pairing.result(part(), g::get, p::get, notes, Map.of()));
  }

  /** The items of {@code a} that {@code b} also has, each kept at most as often as {@code b} has it. */
  private static List<String> shared(List<String> a, List<String> b) {
    Map<String, Integer> budget = new HashMap<>();
    b.forEach(k -> budget.merge(k, 1, Integer::sum));
    List<String> out = new ArrayList<>();
    for (String k : a) {
      int left = budget.getOrDefault(k, 0);
      if (left > 0) {
        out.add(k);
        budget.put(k, left - 1);
      }
    }
    return out;
  }
}
