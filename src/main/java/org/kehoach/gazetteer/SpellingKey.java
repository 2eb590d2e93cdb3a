package org.kehoach.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A comparison key that keeps every letter and mark but ignores case, punctuation, where the tone mark is
 * placed ("Hoà" = "Hòa", "Thuỷ" = "Thủy") and the free y/i spelling ("Lý" = "Lí"). Used where the folded key
 * is too loose: bare place names in running text must be spelled as the name ("Văn Bàn" is a district,
 * "văn bản" a document).
 */
final class SpellingKey {
  private final SyllableTokenizer tokenizer;

  SpellingKey(SyllableTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  String of(String text) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokenizer.tokenize(text)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String syllable = Normalizer.normalize(text.substring(t.start(), t.end()), Normalizer.Form.NFD)
          .toLowerCase(Locale.ROOT);
      StringBuilder letters = new StringBuilder();
      char tone = 0;
      for (int i = 0; i < syllable.length(); i++) {
        char c = syllable.charAt(i);
        if (isTone(c)) {
          tone = c;
        } else {
          letters.append(c);
        }
      }
      String base = Normalizer.normalize(letters, Normalizer.Form.NFC);
      // the folded key already carries the y -> i rule; keep this key's letters in step with it
      if (t.key().endsWith("i") && base.endsWith("y")) {
        base = base.substring(0, base.length() - 1) + 'i';
      }
      sb.append(base);
      if (tone != 0) {
        sb.append(tone);
      }
    }
    return sb.toString();
  }

  private static boolean isTone(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }
}
