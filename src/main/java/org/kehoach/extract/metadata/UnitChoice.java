package org.kehoach.extract.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kehoach.gazetteer.AdminLevel;
import org.kehoach.gazetteer.AdminUnit;
import org.kehoach.gazetteer.PlaceRef;
import org.kehoach.gazetteer.UnitType;
import org.kehoach.text.Fold;

/**
 * Choosing among candidate units: the first group of candidates that has a unit of the wanted level, one of
 * several same-named units by the provinces the text names, the units that fit a unit word's tier. Stateless.
 */
final class UnitChoice {
  private UnitChoice() {}

  /** The first province any group names (a district's province counts), disambiguated by the text's votes. */
  static AdminUnit firstProvince(PlaceContext ctx, List<List<AdminUnit>> groups) {
    for (List<AdminUnit> g : groups) {
      List<AdminUnit> provinces = new ArrayList<>();
      for (AdminUnit u : g) {
        if (u.level() == AdminLevel.PROVINCE) {
          provinces.add(u);
        }
      }
      if (!provinces.isEmpty()) {
        return pick(provinces, ctx);
      }
    }
    return null;
  }

  static AdminUnit firstDistrict(PlaceContext ctx, List<List<AdminUnit>> groups) {
    for (List<AdminUnit> g : groups) {
      List<AdminUnit> districts = new ArrayList<>();
      for (AdminUnit u : g) {
        if (u.level() == AdminLevel.DISTRICT) {
          districts.add(u);
        }
      }
      if (!districts.isEmpty()) {
        return pick(districts, ctx);
      }
    }
    return null;
  }

  /** One of several same-named units: the one in the province the text names most, else the first. */
  static AdminUnit pick(List<AdminUnit> units, PlaceContext ctx) {
    AdminUnit best = units.get(0);
    if (units.size() == 1) {
      return best; // no choice: spare counting the votes
    }
    int bestVotes = ctx.provinceVotes().of(best.provinceCode());
    for (AdminUnit u : units) {
      int v = ctx.provinceVotes().of(u.provinceCode());
      if (v > bestVotes) {
        best = u;
        bestVotes = v;
      }
    }
    return best;
  }

  @SafeVarargs
  static List<List<AdminUnit>> groups(List<List<AdminUnit>>... parts) {
    List<List<AdminUnit>> out = new ArrayList<>();
    for (List<List<AdminUnit>> p : parts) {
      out.addAll(p);
    }
    return out;
  }

  static List<AdminUnit> unitsOf(List<PlaceRef> refs) {
    Map<String, AdminUnit> out = new LinkedHashMap<>();
    for (PlaceRef r : refs) {
      out.putIfAbsent(r.unit().level() + ":" + r.unit().code(), r.unit());
    }
    return List.copyOf(out.values());
  }

  /** The units that fit a tier: "thành phố" is a centrally-run city or a city under a province. */
  static List<AdminUnit> compatible(List<AdminUnit> units, Tier tier) {
    List<AdminUnit> out = new ArrayList<>();
    for (AdminUnit u : units) {
      boolean fits = switch (tier) {
        case PROVINCE -> u.level() == AdminLevel.PROVINCE;
        case DISTRICT -> u.level() == AdminLevel.DISTRICT;
        case CITY -> u.type() == UnitType.CENTRAL_CITY || u.type() == UnitType.CITY;
        case COMMUNE -> false;
        case NONE -> true;
      };
      if (fits) {
        out.add(u);
      }
    }
    return out;
  }

  static AdminUnit sameDistrict(List<AdminUnit> communes) {
    if (communes.isEmpty()) {
      return null;
    }
    String d = communes.get(0).districtCode();
    return communes.stream().allMatch(c -> c.districtCode().equals(d)) ? communes.get(0) : null;
  }

  /** A name written in capitals in running case: "TÂN PHÚ" → "Tân Phú"; other spellings are kept. */
  static String titleCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c);
    }
    return sb.toString();
  }

  static boolean sameName(String a, String b) {
    return a != null && Fold.fold(a).equals(Fold.fold(b));
  }
}
