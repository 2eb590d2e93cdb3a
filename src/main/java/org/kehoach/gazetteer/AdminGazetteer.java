package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provinces and district-level units as of 2025-03, looked up by any of their names. A phrase may name
 * several units ("Châu Thành" is a huyện in nine provinces; "Hồng Ngự" is both a thành phố and a huyện of
 * Đồng Tháp; "Quảng Ngãi" a province and its capital city): lookups return every candidate, bare names and
 * current aliases before former names, and callers disambiguate, typically by province. Numbered units
 * ("Quận 1") are never matched by the bare number. Immutable and thread-safe.
 */
public final class AdminGazetteer {
  private final List<AdminUnit> provinces;
  private final List<AdminUnit> districts;
  private final Map<String, AdminUnit> provincesByCode;
  private final Map<String, AdminUnit> districtsByCode;
  private final PhraseTrie<PlaceRef> trie;
  private final SpellingKey spelling;

  public AdminGazetteer(List<AdminUnit> units, SyllableTokenizer tokenizer) {
    List<AdminUnit> p = new ArrayList<>();
    List<AdminUnit> d = new ArrayList<>();
    Map<String, AdminUnit> pc = new HashMap<>();
    Map<String, AdminUnit> dc = new HashMap<>();
    for (AdminUnit u : units) {
      if (u.level() == AdminLevel.PROVINCE) {
        p.add(u);
        pc.put(u.code(), u);
      } else if (u.level() == AdminLevel.DISTRICT) {
        d.add(u);
        dc.put(u.code(), u);
      } else {
        throw new IllegalArgumentException("communes belong in CommuneGazetteer, got " + u.code());
      }
    }
    this.provinces = List.copyOf(p);
    this.districts = List.copyOf(d);
    this.provincesByCode = Map.copyOf(pc);
    this.districtsByCode = Map.copyOf(dc);
    this.trie = buildTrie(units, tokenizer);
    this.spelling = new SpellingKey(tokenizer);
  }

  private static PhraseTrie<PlaceRef> buildTrie(List<AdminUnit> units, SyllableTokenizer tokenizer) {
    // phrase key -> (level:code -> the first, strongest way the phrase names that unit)
    Map<String, Map<String, PlaceRef>> byKey = new LinkedHashMap<>();
    // phrase key -> the first phrase with that key, tokenized
    Map<String, Phrase> phraseOfKey = new HashMap<>();
    for (NameKind kind : NameKind.values()) {
      for (AdminUnit u : units) {
        for (String phrase : phrases(u, kind)) {
          List<Token> tokens = tokenizer.tokenize(phrase);
          if (tokens.isEmpty()) {
            continue;
          }
          String key = phraseKey(tokens);
          phraseOfKey.putIfAbsent(key, new Phrase(phrase, tokens));
          byKey.computeIfAbsent(key, k -> new LinkedHashMap<>())
              .putIfAbsent(u.level() + ":" + u.code(), new PlaceRef(u, kind));
        }
      }
    }
    PhraseTrie.Builder<PlaceRef> b = PhraseTrie.builder(tokenizer);
    for (Map.Entry<String, Map<String, PlaceRef>> e : byKey.entrySet()) {
      Phrase p = phraseOfKey.get(e.getKey());
      b.addAllDistinct(p.text(), p.tokens(), e.getValue().values()); // one ref per unit, keyed above
    }
    return b.build();
  }

  private record Phrase(String text, List<Token> tokens) {}

  private static String phraseKey(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.key());
    }
    return sb.toString();
  }

  /** The phrases naming {@code u} in the given way; bare numbers are left out. */
  static List<String> phrases(AdminUnit u, NameKind kind) {
    List<String> out = new ArrayList<>();
    switch (kind) {
      case NAME -> {
        if (!AdminAliasRules.isNumber(u.name())) {
          out.add(u.name());
        }
      }
      case ALIAS -> {
        out.add(u.fullName());
        out.addAll(u.aliases());
      }
      case FORMER_NAME -> out.addAll(u.formerNames());
    }
    return out;
  }

  private static boolean capitalised(String surface) {
    boolean start = true;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (start && Character.isLowerCase(c)) {
          return false;
        }
        start = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        start = true;
      }
    }
    return true;
  }

  public List<AdminUnit> provinces() {
    return provinces;
  }

  public List<AdminUnit> districts() {
    return districts;
  }

  /** The province or district with this statistical code. */
  public Optional<AdminUnit> byCode(AdminLevel level, String code) {
    return Optional.ofNullable(
        switch (level) {
          case PROVINCE -> provincesByCode.get(code);
          case DISTRICT -> districtsByCode.get(code);
          case COMMUNE -> null;
        });
  }

  /** The districts of a province, in code order. */
  public List<AdminUnit> districtsOf(String provinceCode) {
    List<AdminUnit> out = new ArrayList<>();
    for (AdminUnit d : districts) {
      if (d.provinceCode().equals(provinceCode)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every unit the whole phrase {@code placeName} names ("Cẩm Phả", "TP. Cẩm Phả", "tỉnh Quảng Ninh",
   * "thị xã Cẩm Phả"); empty when none. Diacritics, case, punctuation and i/y spelling are ignored.
   */
  public List<PlaceRef> resolve(String placeName) {
    return confirmed(placeName.strip(), trie.exact(placeName), false);
  }

  /** The province named {@code nameOrCode} (bare, prefixed, former name, or its 2-digit code). */
  public Optional<AdminUnit> province(String nameOrCode) {
    AdminUnit byCode = provincesByCode.get(nameOrCode.strip());
    if (byCode != null) {
      return Optional.of(byCode);
    }
    for (PlaceRef r : resolve(nameOrCode)) {
      if (r.unit().level() == AdminLevel.PROVINCE) {
        return Optional.of(r.unit());
      }
    }
    return Optional.empty();
  }

  /**
   * The district-level units named {@code name} in the province {@code province} (name or code; null for
   * any province). Usually one; two where a thành phố and a huyện share a name (Hồng Ngự, Kỳ Anh).
   */
  public List<AdminUnit> districts(String name, String province) {
    String provinceCode = null;
    if (province != null) {
      Optional<AdminUnit> p = province(province);
      if (p.isEmpty()) {
        return List.of();
      }
      provinceCode = p.get().code();
    }
    List<AdminUnit> out = new ArrayList<>();
    for (PlaceRef r : resolve(name)) {
      AdminUnit u = r.unit();
      if (u.level() == AdminLevel.DISTRICT && (provinceCode == null || u.provinceCode().equals(provinceCode))) {
        out.add(u);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Leftmost-longest mentions of unit names in {@code text}, with offsets into it. Prefixed forms and
   * former names match folded ("thanh pho cam pha"); a bare name must be spelled as the name, tone marks
   * included, since folded bare names are everyday words ("văn bản" folds like Văn Bàn). Bare names that are
   * also common words ("Thống Nhất", "Hòa Bình") still match: check {@link PlaceRef#via()} and the context.
   */
  public List<PhraseMatch<PlaceRef>> findIn(String text) {
    List<PhraseMatch<PlaceRef>> out = new ArrayList<>();
    for (PhraseMatch<PlaceRef> m : trie.findAll(text)) {
      List<PlaceRef> kept = confirmed(m.surface(), m.values(), true);
      if (!kept.isEmpty()) {
        out.add(kept.size() == m.values().size()
            ? m : new PhraseMatch<>(m.start(), m.end(), m.surface(), m.key(), kept));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Drops candidates named by their bare name when {@code surface} spells it differently: always for
   * one-syllable names ("chủ" as in "chủ trì" is not thị xã Chũ), and for every bare name when
   * {@code strict} (text scanning), which also wants each syllable capitalised as proper names are
   * ("vinh danh" is not thành phố Vinh).
   */
  private List<PlaceRef> confirmed(String surface, List<PlaceRef> refs, boolean strict) {
    List<PlaceRef> out = null;
    String surfaceSpelling = null;
    for (int i = 0; i < refs.size(); i++) {
      PlaceRef r = refs.get(i);
      boolean drop = false;
      if (r.via() == NameKind.NAME && (strict || r.unit().name().indexOf(' ') < 0)) {
        if (surfaceSpelling == null) {
          surfaceSpelling = spelling.of(surface);
        }
        drop = !(surfaceSpelling.equals(spelling.of(r.unit().name())) && (!strict || capitalised(surface)));
      }
      if (drop && out == null) {
        out = new ArrayList<>(refs.subList(0, i));
      } else if (!drop && out != null) {
        out.add(r);
      }
    }
    return out == null ? refs : List.copyOf(out);
  }

  /** The number of distinct phrases indexed. */
  public int phraseCount() {
    return trie.size();
  }
}
