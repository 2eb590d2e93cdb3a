package org.kehoach.extract.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kehoach.gazetteer.AdminGazetteer;
import org.kehoach.gazetteer.AdminUnit;
import org.kehoach.gazetteer.NameKind;
import org.kehoach.gazetteer.PhraseMatch;
import org.kehoach.gazetteer.PlaceRef;

/**
 * Provinces and districts a text names with their type word or by a former name ("huyện Bù Gia Mập",
 * "tỉnh Hà Nam", "TP. Cẩm Phả"). Bare names are left out: too many are also people's, schools' or streets'
 * names ("Trường Tiểu học Hai Bà Trưng" is not quận Hai Bà Trưng). Immutable and thread-safe.
 */
final class PlaceMentions {
  private final AdminGazetteer admin;

  PlaceMentions(AdminGazetteer admin) {
    this.admin = Objects.requireNonNull(admin, "admin");
  }

  /** The candidate units of each mention in {@code text[from, to)}, in text order. */
  List<List<AdminUnit>> find(String text, int from, int to) {
    List<List<AdminUnit>> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    for (PhraseMatch<PlaceRef> m : admin.findIn(text.substring(from, to))) {
      List<AdminUnit> units = new ArrayList<>();
      for (PlaceRef r : m.values()) {
        if (r.via() != NameKind.NAME) {
          units.add(r.unit());
        }
      }
      if (!units.isEmpty()) {
        out.add(List.copyOf(units));
      }
    }
    return out;
  }

  /**
   * How often each province (by code) is named in {@code text}, itself or through one of its districts;
   * a mention whose candidates lie in several provinces gives no vote.
   */
  Map<String, Integer> provinceVotes(String text) {
    Map<String, Integer> votes = new HashMap<>();
    for (List<AdminUnit> mention : find(text, 0, text.length())) {
      Set<String> provinces = new LinkedHashSet<>();
      mention.forEach(u -> provinces.add(u.provinceCode()));
      if (provinces.size() == 1) {
        votes.merge(provinces.iterator().next(), 1, Integer::sum);
      }
    }
    return Map.copyOf(votes);
  }
}
