package org.kehoach.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The official type of an administrative unit, with the Vietnamese label used in the gazetteer's
 * {@code type} column, the word that starts its full name, and the prefixes usually written before the bare
 * name (full word and abbreviations, e.g. {@code "TP."} for thành phố, {@code "H."} for huyện).
 */
public enum UnitType {
  PROVINCE("Tỉnh", AdminLevel.PROVINCE, "Tỉnh", List.of("tỉnh")),
  CENTRAL_CITY("Thành phố Trung ương", AdminLevel.PROVINCE, "Thành phố", List.of("thành phố", "TP", "TP.")),
  URBAN_DISTRICT("Quận", AdminLevel.DISTRICT, "Quận", List.of("quận", "Q.")),
  RURAL_DISTRICT("Huyện", AdminLevel.DISTRICT, "Huyện", List.of("huyện", "H.")),
  TOWN("Thị xã", AdminLevel.DISTRICT, "Thị xã", List.of("thị xã", "TX", "TX.")),
  CITY("Thành phố", AdminLevel.DISTRICT, "Thành phố", List.of("thành phố", "TP", "TP.")),
  WARD("Phường", AdminLevel.COMMUNE, "Phường", List.of("phường", "P.")),
  COMMUNE("Xã", AdminLevel.COMMUNE, "Xã", List.of("xã")),
  TOWNSHIP("Thị trấn", AdminLevel.COMMUNE, "Thị trấn", List.of("thị trấn", "TT", "TT."));

  private final String label;
  private final AdminLevel level;
  private final String nameWord;
  private final List<String> prefixes;

  UnitType(String label, AdminLevel level, String nameWord, List<String> prefixes) {
    this.label = label;
    this.level = level;
    this.nameWord = nameWord;
    this.prefixes = prefixes;
  }

  /** The label of the gazetteer's {@code type} column, e.g. "Thị xã". */
  public String label() {
    return label;
  }

  public AdminLevel level() {
    return level;
  }

  /** The word that starts the unit's full official name, e.g. "Thành phố" for both kinds of city. */
  public String nameWord() {
    return nameWord;
  }

  /** Prefixes written before the bare name in running text, full word first. */
  public List<String> prefixes() {
    return prefixes;
  }

  /** The type whose label is {@code label}, compared case-insensitively. */
  public static Optional<UnitType> fromLabel(String label) {
    return Optional.ofNullable(Labels.BY_LOWER_CASE.get(label.strip().toLowerCase(Locale.ROOT)));
  }

  /** The types by lower-case label, built once (every gazetteer row looks its type up). */
  private static final class Labels {
    static final Map<String, UnitType> BY_LOWER_CASE = byLowerCase();

    private static Map<String, UnitType> byLowerCase() {
      Map<String, UnitType> m = new HashMap<>();
      for (UnitType t : values()) {
        m.putIfAbsent(t.label.toLowerCase(Locale.ROOT), t);
      }
      return Map.copyOf(m);
    }
  }
}
