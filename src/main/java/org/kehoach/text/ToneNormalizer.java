package org.kehoach.text;

import java.text.Normalizer;

/**
 * Puts every tone mark in one canonical place, so that old- and new-style spellings of the same syllable
 * give the same key ("hoà"/"hòa", "Uỷ"/"Ủy", "thuỷ"/"thủy", "khoẻ"/"khỏe", "qúy"/"quý"). For matching and
 * search keys only: text shown to users keeps its own spelling.
 *
 * <p>The canonical placement is the traditional one:
 *
 * <ol>
 *   <li>the onsets "qu" and "gi" never carry the tone ("qúy" → "quý", "gía" → "giá"; "gì" keeps it, its i is
 *       the vowel);
 *   <li>a vowel with a vowel mark (ă â ê ô ơ ư) carries it, the last one if there are two ("người", "thuở",
 *       "thuế", "khuyên");
 *   <li>otherwise, in a syllable closed by a consonant, the last vowel ("hoàn", "toán", "huýt");
 *   <li>otherwise, in an open syllable, the first of two vowels ("hòa", "khỏe", "thủy", "múa", "mái") and
 *       the middle of three ("khoái", "xoáy", "khuỷu").
 * </ol>
 *
 * Only rule 4 with oa, oe, uy differs from the new style ("hoà", "khoẻ", "thuỷ"). Each letter keeps its
 * case ("UỶ" → "ỦY"). Words that do not parse as one Vietnamese syllable (foreign words, two tone marks) are
 * left alone. Input may be any text: each run of letters is treated as one word. NFC in, NFC out; the
 * function is pure and allocates nothing when no tone moves.
 */
public final class ToneNormalizer {
  private ToneNormalizer() {}

  /** The text with each word's tone mark in the canonical place. */
  public static String normalize(String text) {
    String s = hasCombiningMark(text) ? Normalizer.normalize(text, Normalizer.Form.NFC) : text;
    StringBuilder out = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && Character.isLetter(s.charAt(end))) {
        end++;
      }
      Syllable syl = Syllable.parse(s, i, end);
      if (syl != null && syl.toneAt() >= 0) {
        int target = target(s, syl);
        if (target != syl.toneAt()) {
          if (out == null) {
            out = new StringBuilder(s);
          }
          out.setCharAt(syl.toneAt(), VietnameseLetters.base(s.charAt(syl.toneAt())));
          out.setCharAt(target, VietnameseLetters.withTone(s.charAt(target), syl.tone()));
        }
      }
      i = end;
    }
    return out == null ? s : out.toString();
  }

  /** The index the tone belongs on, by the rules in the class comment. */
  private static int target(CharSequence s, Syllable syl) {
    int first = syl.vowelStart();
    int last = syl.finalStart() - 1;
    for (int k = last; k >= first; k--) {
      if (VietnameseLetters.hasVowelMark(s.charAt(k))) {
        return k;
      }
    }
    if (syl.closed()) {
      return last;
    }
    return switch (last - first + 1) {
      case 1, 2 -> first;
      case 3 -> first + 1;
      default -> syl.toneAt();
    };
  }

  private static boolean hasCombiningMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0300' && c <= '\u036F') {
        return true;
      }
    }
    return false;
  }
}
