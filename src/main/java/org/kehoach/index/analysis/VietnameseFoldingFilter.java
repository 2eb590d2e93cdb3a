package org.kehoach.index.analysis;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.kehoach.text.Fold;

/**
 * Folds each token to its search key: {@link Fold#fold} (diacritics dropped, đ→d, lower case), OCR's Icelandic
 * eth (Ð, ð) read as d, the free y/i spelling after a consonant onset unified ("tỷ"/"tỉ", "Lý"/"Lí" both key
 * as "…i"), and leading zeros dropped from digit runs ("08" keys as "8"). These are the keys the gazetteers
 * match with, so a query typed without diacritics meets the same terms as the text with them.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
  /** Onsets after which a final lone y is a spelling variant of i ("ty"/"ti", "quy"/"qui"). */
  private static final Set<String> Y_ONSETS =
      Set.of("b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "ch", "gh", "kh", "nh",
          "ph", "th", "tr", "ng", "ngh", "qu");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public VietnameseFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String folded = key(term.toString());
    term.setEmpty().append(folded);
    return true;
  }

  /** The folded key of one token, as this filter gives it (also used for keyword fields and lookups). */
  public static String key(String token) {
    String k = isAscii(token) ? lowerAscii(token) : Fold.fold(token).replace('ð', 'd');
    if (isDigits(k)) {
      int z = 0;
      while (z < k.length() - 1 && k.charAt(z) == '0') {
        z++;
      }
      return z == 0 ? k : k.substring(z);
    }
    int last = k.length() - 1;
    if (last >= 1 && k.charAt(last) == 'y' && Y_ONSETS.contains(k.substring(0, last))) {
      return k.substring(0, last) + 'i';
    }
    return k;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String lowerAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = s.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') {
            chars[j] = (char) (chars[j] + ('a' - 'A'));
          }
        }
        return new String(chars);
      }
    }
    return s;
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
