package org.kehoach.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * An administrative unit as of 2025-03.
 *
 * @param code the official statistical code (2 digits for provinces, 3 for districts, 5 for communes)
 * @param level its tier
 * @param type its official type
 * @param name the name without the type word ("Cẩm Phả", "Hà Nội", "1" for Quận 1)
 * @param fullName the official full name ("Thành phố Cẩm Phả")
 * @param provinceCode the province it lies in (its own code for a province)
 * @param provinceName that province's bare name
 * @param districtCode the district a commune lies in; null for provinces and districts
 * @param aliases other current ways of writing the name ("TP. Cẩm Phả", "huyện Lý Sơn")
 * @param formerNames names the unit (or a unit merged into it) had before 2025-03 ("thị xã Cẩm Phả")
 * @param notes free text: history, caveats; empty when none
 */
public record AdminUnit(
    String code,
    AdminLevel level,
    UnitType type,
    String name,
    String fullName,
    String provinceCode,
    String provinceName,
    String districtCode,
    List<String> aliases,
    List<String> formerNames,
    String notes) {
  public AdminUnit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(provinceName, "provinceName");
    if (type.level() != level) {
      throw new IllegalArgumentException("type " + type + " is not of level " + level + " (unit " + code + ")");
    }
    if ((level == AdminLevel.COMMUNE) != (districtCode != null)) {
      throw new IllegalArgumentException("districtCode must be set exactly for communes (unit " + code + ")");
    }
    aliases = List.copyOf(aliases);
    formerNames = List.copyOf(formerNames);
    notes = notes == null ? "" : notes;
  }
}
