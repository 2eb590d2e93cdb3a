package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The column layout of {@code agencies.tsv} and its conversion to {@link Agency} records. */
public final class AgenciesTsv {
  public static final String FILE = "agencies.tsv";
  public static final List<String> HEADER = List.of("id", "canonical", "levels", "kind", "variants", "notes");

  /** Phrases that look like agency names but are not; see {@link AgencyGazetteer}. */
  public static final String STOP_FILE = "agency-stop-phrases.tsv";
  public static final List<String> STOP_HEADER = List.of("phrase", "reason");

  /** The phrases of {@code agency-stop-phrases.tsv}; every row must give a reason. */
  public static List<String> stopPhrases(List<TsvRow> rows) {
    List<String> out = new ArrayList<>();
    for (TsvRow r : rows) {
      r.required("reason");
      out.add(r.required("phrase"));
    }
    return List.copyOf(out);
  }

  /**
   * Agencies from the rows of {@code agencies.tsv}. Two agencies may not share a phrase (canonical name or
   * variant) once folded by {@code tokenizer}: canonicalisation must be unambiguous.
   */
  public List<Agency> agencies(List<TsvRow> rows, SyllableTokenizer tokenizer) {
    Set<String> ids = new HashSet<>();
    Map<String, String> owners = new HashMap<>();
    List<Agency> out = new ArrayList<>();
    for (TsvRow r : rows) {
      String id = r.required("id");
      if (!ids.add(id)) {
        throw r.error("duplicate agency id '" + id + "'");
      }
      Set<AgencyLevel> levels = EnumSet.noneOf(AgencyLevel.class);
      for (String l : r.list("levels")) {
        try {
          levels.add(AgencyLevel.valueOf(l));
        } catch (IllegalArgumentException e) {
          throw r.error("unknown level '" + l + "'");
        }
      }
      if (levels.isEmpty()) {
        throw r.error("column 'levels' is empty");
      }
      String kind = r.required("kind");
      AgencyKind k;
      try {
        k = AgencyKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        throw r.error("unknown kind '" + kind + "'");
      }
      Agency agency = new Agency(id, r.required("canonical"), levels, k, r.list("variants"), r.get("notes"));
      List<String> phrases = new ArrayList<>(agency.variants());
      phrases.add(0, agency.canonical());
      for (String phrase : phrases) {
        String key = tokenizer.phraseKey(phrase);
        if (key.isEmpty()) {
          throw r.error("phrase '" + phrase + "' has no letters or digits");
        }
        String owner = owners.putIfAbsent(key, id);
        if (owner != null && !owner.equals(id)) {
          throw r.error("phrase '" + phrase + "' of " + id + " is also a name of " + owner);
        }
      }
      out.add(agency);
    }
    return List.copyOf(out);
  }
}
