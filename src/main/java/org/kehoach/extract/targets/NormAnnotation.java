package org.kehoach.extract.targets;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The token key the target rules match cue words on: the word in NFC and lower case, diacritics kept. The
 * folded {@code lemma} merges words the rules must tell apart — "giảm" (reduce) and "giám" (as in "giám
 * sát"), "còn" (down to) and "con" (child), "đạt" (reach) and "đất" (land) — so cue words are written with
 * their marks and matched here. Rules files bind it with {@code norm = { type: "CLASS", value:
 * "org.kehoach.extract.targets.NormAnnotation" }}.
 */
public final class NormAnnotation implements CoreAnnotation<String> {
  /** OCR reads "Đ" as the Icelandic "Ð" (U+00D0), lower case "ð": "Ðạt" must still be "đạt". */
  private static final char ETH = '\u00F0';

  @Override
  public Class<String> getType() {
    return String.class;
  }

  /** Sets the key on every token; the tokenizer's text may still hold decomposed syllables. */
  static void annotate(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      String w = nfc(t.word()).toLowerCase(Locale.ROOT);
      t.set(NormAnnotation.class, w.indexOf(ETH) < 0 ? w : w.replace(ETH, 'đ'));
    }
  }

  /** The NFC of a word, without running the normaliser over the many words that are NFC by their characters. */
  static String nfc(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!isStable(word.charAt(i))) {
        return Normalizer.normalize(word, Normalizer.Form.NFC);
      }
    }
    return word;
  }

  /**
   * Whether a character is in NFC and never combines with the one before it: Latin with its extensions ("ă",
   * "ơ", "ư", "đ") and the precomposed toned vowels ("ạ", "ế"); a word made of these only is its own NFC
   * (NormAnnotationTest checks every such character and pair).
   */
  static boolean isStable(char c) {
    return c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF');
  }
}
