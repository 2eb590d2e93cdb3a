package org.kehoach.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kehoach.gazetteer.SyllableTokenizer;
import org.kehoach.gazetteer.Token;
import org.kehoach.text.ToneNormalizer;

/**
 * One syllable of a text with an exact matching key: lower case, tone marks in their canonical place
 * ("Uỷ" and "Ủy" both key "ủy"), diacritics kept. Folded keys would not do here: they make "Giáo" the verb
 * "giao", "Số" the opener "Sở", "Phương" the unit word "phường".
 *
 * @param key the exact key
 * @param start offset of its first character
 * @param end offset after its last character
 */
record Word(String key, int start, int end) {
  /** The words of {@code text[from, to)}, split as the gazetteer tokenizer splits, offsets into {@code text}. */
  static List<Word> split(SyllableTokenizer tokenizer, String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    for (Token t : tokenizer.tokenize(text.subSequence(from, to))) {
      int s = t.start() + from;
      int e = t.end() + from;
      out.add(new Word(key(text.substring(s, e)), s, e));
    }
    return out;
  }

  /** The exact key of one word as written. */
  static String key(String written) {
    for (int i = 0; i < written.length(); i++) {
      if (written.charAt(i) >= 0x80) {
        return ToneNormalizer.normalize(written).toLowerCase(Locale.ROOT);
      }
    }
    return written.toLowerCase(Locale.ROOT); // plain ASCII carries no tone mark to move
  }
}
