package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Commune-level units (xã, phường, thị trấn) as of 2025-03, looked up within a district: commune names
 * repeat across the country far more than district names, so there is no nationwide text matcher here.
 * Immutable and thread-safe.
 */
public final class CommuneGazetteer {
  private final List<AdminUnit> communes;
  private final Map<String, List<AdminUnit>> byDistrict;
  private final Map<String, List<AdminUnit>> byKey;
  private final SyllableTokenizer tokenizer;

  public CommuneGazetteer(List<AdminUnit> communes, SyllableTokenizer tokenizer) {
    this.tokenizer = tokenizer;
    this.communes = List.copyOf(communes);
    Map<String, List<AdminUnit>> d = new HashMap<>();
    Map<String, Map<String, AdminUnit>> k = new HashMap<>();
    Map<String, String> prefixKeys = new HashMap<>();
    for (AdminUnit c : communes) {
      if (c.level() != AdminLevel.COMMUNE) {
        throw new IllegalArgumentException("not a commune: " + c.code());
      }
      d.computeIfAbsent(c.districtCode(), x -> new ArrayList<>()).add(c);
      String nameKey = tokenizer.phraseKey(c.name());
      for (NameKind kind : NameKind.values()) {
        for (String phrase : AdminGazetteer.phrases(c, kind)) {
          k.computeIfAbsent(key(phrase, c.name(), nameKey, prefixKeys), x -> new LinkedHashMap<>())
              .putIfAbsent(c.code(), c);
        }
      }
    }
    Map<String, List<AdminUnit>> dd = new HashMap<>();
    d.forEach((key, v) -> dd.put(key, List.copyOf(v)));
    Map<String, List<AdminUnit>> kk = new HashMap<>();
    k.forEach((key, v) -> kk.put(key, List.copyOf(v.values())));
    this.byDistrict = Map.copyOf(dd);
    this.byKey = Map.copyOf(kk);
  }

  /**
   * The phrase key of {@code phrase}; "prefix + name" phrases reuse the name's key and a cached key of the
   * prefix, since ten thousand communes share a handful of prefixes ("xã", "phường", "P.", "thị trấn").
   */
  private String key(String phrase, String name, String nameKey, Map<String, String> prefixKeys) {
    if (phrase.length() > name.length() + 1 && phrase.endsWith(name)
        && Character.isWhitespace(phrase.charAt(phrase.length() - name.length() - 1))) {
      String prefix = phrase.substring(0, phrase.length() - name.length());
      String prefixKey = prefixKeys.computeIfAbsent(prefix, tokenizer::phraseKey);
      return prefixKey.isEmpty() ? nameKey : prefixKey + " " + nameKey;
    }
    return tokenizer.phraseKey(phrase);
  }

  public int size() {
    return communes.size();
  }

  /** The communes of a district, in code order. */
  public List<AdminUnit> inDistrict(String districtCode) {
    return byDistrict.getOrDefault(districtCode, List.of());
  }

  /**
   * The communes named {@code name} ("Phúc Xá", "phường Phúc Xá", "P.5") in the district
   * {@code districtCode}, or anywhere when it is null.
   */
  public List<AdminUnit> resolve(String name, String districtCode) {
    List<AdminUnit> all = byKey.getOrDefault(tokenizer.phraseKey(name), List.of());
    if (districtCode == null) {
      return all;
    }
    List<AdminUnit> out = new ArrayList<>();
    for (AdminUnit c : all) {
      if (c.districtCode().equals(districtCode)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }
}
