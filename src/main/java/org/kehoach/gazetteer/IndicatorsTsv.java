package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The column layout of {@code indicators.tsv} and its conversion to {@link Indicator} records. */
public final class IndicatorsTsv {
  public static final String FILE = "indicators.tsv";
  public static final List<String> HEADER =
      List.of("id", "name", "unit", "better", "synonyms", "domain", "source");

  /**
   * Indicators from the rows of {@code indicators.tsv}. Two indicators may not share a synonym once folded
   * by {@code tokenizer}.
   */
  public List<Indicator> indicators(List<TsvRow> rows, SyllableTokenizer tokenizer) {
    Set<String> ids = new HashSet<>();
    Map<String, String> owners = new HashMap<>();
    List<Indicator> out = new ArrayList<>();
    for (TsvRow r : rows) {
      String id = r.required("id");
      if (!ids.add(id)) {
        throw r.error("duplicate indicator id '" + id + "'");
      }
      String unit = r.required("unit");
      IndicatorUnit u = IndicatorUnit.fromCode(unit).orElseThrow(() -> r.error("unknown unit '" + unit + "'"));
      String better = r.required("better");
      BetterDirection b;
      try {
        b = BetterDirection.valueOf(better);
      } catch (IllegalArgumentException e) {
        throw r.error("unknown direction '" + better + "'; expected INCREASE, DECREASE or MAINTAIN");
      }
      Indicator indicator =
          new Indicator(id, r.required("name"), u, b, r.list("synonyms"), r.required("domain"), r.get("source"));
      List<String> phrases = new ArrayList<>(indicator.synonyms());
      phrases.add(0, indicator.name());
      for (String phrase : phrases) {
        String key = tokenizer.phraseKey(phrase);
        if (key.isEmpty()) {
          throw r.error("phrase '" + phrase + "' has no letters or digits");
        }
        String owner = owners.putIfAbsent(key, id);
        if (owner != null && !owner.equals(id)) {
          throw r.error("synonym '" + phrase + "' of " + id + " is also a synonym of " + owner);
        }
      }
      out.add(indicator);
    }
    return List.copyOf(out);
  }
}
