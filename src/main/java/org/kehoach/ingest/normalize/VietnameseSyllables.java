package org.kehoach.ingest.normalize;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a token is a well-formed Vietnamese syllable: an optional initial consonant, a rhyme from
 * the orthography's inventory and at most one tone mark, where rhymes closed by -c, -ch, -p, -t take only
 * the acute or the dot below. Stamp fragments and OCR debris ("BÀT", "ĐC", "Ngh") fail; abbreviations
 * fail too and are judged by the caller. Immutable and thread-safe.
 */
final class VietnameseSyllables {
  private static final Set<String> RHYMES = Set.copyOf(WordLists.words("vietnamese-rhymes.txt"));
  private static final List<String> ONSETS = onsets();

  private VietnameseSyllables() {}

  static boolean isSyllable(String token) {
    if (token.isEmpty() || token.length() > 8) {
      return false;
    }
    String d = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(d.length());
    char tone = 0;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (isToneMark(c)) {
        if (tone != 0) {
          return false;
        }
        tone = c;
      } else {
        base.append(c);
      }
    }
    String s = Normalizer.normalize(base, Normalizer.Form.NFC);
    for (String onset : ONSETS) {
      if (s.startsWith(onset) && fits(onset, s.substring(onset.length()), tone)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(String onset, String rhyme, char tone) {
    if (!RHYMES.contains(rhyme)) {
      return false;
    }
    if (onset.equals("q") && !rhyme.startsWith("u")) {
      return false;
    }
    boolean stopped = rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t");
    return !stopped || tone == '\u0301' || tone == '\u0323';
  }

  private static boolean isToneMark(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }

  private static List<String> onsets() {
    List<String> list = new java.util.ArrayList<>(WordLists.words("vietnamese-onsets.txt"));
    list.add("");
    return List.copyOf(list);
  }
}
