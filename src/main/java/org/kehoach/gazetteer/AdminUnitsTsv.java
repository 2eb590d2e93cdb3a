package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column layout of {@code admin-units.tsv} (provinces and districts) and {@code communes.tsv}, and their
 * conversion to {@link AdminUnit} records with every cross-reference checked: unique codes, type of the
 * declared level, districts in a listed province, communes in a listed district.
 */
public final class AdminUnitsTsv {
  public static final String UNITS_FILE = "admin-units.tsv";
  public static final String COMMUNES_FILE = "communes.tsv";

  public static final List<String> UNITS_HEADER =
      List.of(
          "code", "level", "type", "name", "full_name", "province_code", "province_name", "aliases",
          "former_names", "notes");
  public static final List<String> COMMUNES_HEADER =
      List.of("code", "type", "name", "full_name", "district_code", "province_code");

  /** Provinces and districts from the rows of {@code admin-units.tsv}. */
  public List<AdminUnit> units(List<TsvRow> rows) {
    Map<String, AdminUnit> provinces = new HashMap<>();
    Set<String> districtCodes = new HashSet<>();
    List<AdminUnit> out = new ArrayList<>();
    for (TsvRow r : rows) {
      String code = r.required("code");
      AdminLevel level = level(r);
      UnitType type = type(r);
      if (type.level() != level) {
        throw r.error("type '" + type.label() + "' is not a " + level + " type");
      }
      String name = r.required("name");
      String fullName = r.required("full_name");
      AdminUnit unit;
      if (level == AdminLevel.PROVINCE) {
        if (!r.get("province_code").isEmpty() || !r.get("province_name").isEmpty()) {
          throw r.error("a PROVINCE row leaves province_code and province_name empty");
        }
        unit = new AdminUnit(code, level, type, name, fullName, code, name, null, r.list("aliases"),
            r.list("former_names"), r.get("notes"));
        if (provinces.putIfAbsent(code, unit) != null) {
          throw r.error("duplicate province code " + code);
        }
      } else if (level == AdminLevel.DISTRICT) {
        AdminUnit province = provinces.get(r.required("province_code"));
        if (province == null) {
          throw r.error("province_code " + r.get("province_code") + " is not a province listed above");
        }
        if (!province.name().equals(r.required("province_name"))) {
          throw r.error("province_name '" + r.get("province_name") + "' differs from province "
              + province.code() + " '" + province.name() + "'");
        }
        if (!districtCodes.add(code)) {
          throw r.error("duplicate district code " + code);
        }
        unit = new AdminUnit(code, level, type, name, fullName, province.code(), province.name(), null,
            r.list("aliases"), r.list("former_names"), r.get("notes"));
      } else {
        throw r.error("level COMMUNE belongs in " + COMMUNES_FILE);
      }
      out.add(unit);
    }
    return List.copyOf(out);
  }

  /** Communes from the rows of {@code communes.tsv}, checked against the already loaded districts. */
  public List<AdminUnit> communes(List<TsvRow> rows, List<AdminUnit> units, AdminAliasRules rules) {
    Map<String, AdminUnit> districts = new HashMap<>();
    for (AdminUnit u : units) {
      if (u.level() == AdminLevel.DISTRICT) {
        districts.put(u.code(), u);
      }
    }
    Set<String> codes = new HashSet<>();
    List<AdminUnit> out = new ArrayList<>(rows.size());
    for (TsvRow r : rows) {
      String code = r.required("code");
      UnitType type = type(r);
      if (type.level() != AdminLevel.COMMUNE) {
        throw r.error("type '" + type.label() + "' is not a commune type");
      }
      AdminUnit district = districts.get(r.required("district_code"));
      if (district == null) {
        throw r.error("district_code " + r.get("district_code") + " is not in " + UNITS_FILE);
      }
      if (!district.provinceCode().equals(r.required("province_code"))) {
        throw r.error("province_code " + r.get("province_code") + " differs from district "
            + district.code() + "'s province " + district.provinceCode());
      }
      if (!codes.add(code)) {
        throw r.error("duplicate commune code " + code);
      }
      String name = r.required("name");
      out.add(new AdminUnit(code, AdminLevel.COMMUNE, type, name, r.required("full_name"),
          district.provinceCode(), district.provinceName(), district.code(), rules.aliases(type, name),
          List.of(), ""));
    }
    return List.copyOf(out);
  }

  private static AdminLevel level(TsvRow r) {
    String v = r.required("level");
    try {
      return AdminLevel.valueOf(v);
    } catch (IllegalArgumentException e) {
      throw r.error("unknown level '" + v + "'; expected PROVINCE or DISTRICT");
    }
  }

  private static UnitType type(TsvRow r) {
    String v = r.required("type");
    return UnitType.fromLabel(v).orElseThrow(() -> r.error("unknown unit type '" + v + "'"));
  }
}
