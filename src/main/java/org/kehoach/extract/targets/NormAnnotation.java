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
      String w = Normalizer.normalize(t.word(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
      t.set(NormAnnotation.class, w.indexOf(ETH) < 0 ? w : w.replace(ETH, 'đ'));
    }
  }
}
