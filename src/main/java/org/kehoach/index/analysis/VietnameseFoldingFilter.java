package org.kehoach.index.analysis;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds each token to its search key: diacritics dropped (precomposed letters and combining marks alike), đ→d,
 * lower case, OCR's Icelandic eth (Ð, ð) read as d, the free y/i spelling after a consonant onset unified
 * ("tỷ"/"tỉ", "Lý"/"Lí" both key as "…i"), and leading zeros dropped from digit runs ("08" keys as "8"). On
 * Vietnamese text the fold agrees with {@link org.kehoach.text.Fold#fold}; these are also the keys the
 * gazetteers match with, so a query typed without diacritics meets the same terms as the text with them.
 * The term buffer is rewritten in place through a folding table, since analysis runs over every token of
 * every plan.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
  /** Onsets after which a final lone y is a spelling variant of i ("ty"/"ti", "quy"/"qui"). */
  private static final Set<String> Y_ONSETS =
      Set.of("b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "ch", "gh", "kh", "nh",
          "ph", "th", "tr", "ng", "ngh", "qu");

  private static final char TABLE_START = '\u00C0';
  private static final char TABLE_END = '\u1EFF';
  /** The folded lower-case letter of each precomposed letter in [TABLE_START, TABLE_END]; 0 = no fold. */
  private static final char[] TABLE = table();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public VietnameseFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    term.setLength(fold(term.buffer(), term.length()));
    return true;
  }

  /** The folded key of one token, as this filter gives it (also used for keyword fields and lookups). */
  public static String key(String token) {
    char[] buf = token.toCharArray();
    return new String(buf, 0, fold(buf, buf.length));
  }

  /** Folds {@code buf[0, len)} in place; returns the new length. */
  static int fold(char[] buf, int len) {
    int out = 0;
    boolean digits = len > 0;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      char f;
      if (c < 0x80) {
        f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c >= '\u0300' && c <= '\u036F') {
        continue; // a combining mark of decomposed input
      } else if (c >= TABLE_START && c <= TABLE_END && TABLE[c - TABLE_START] != 0) {
        f = TABLE[c - TABLE_START];
      } else {
        f = Character.toLowerCase(c);
      }
      digits &= f >= '0' && f <= '9';
      buf[out++] = f;
    }
    if (digits && out > 1 && buf[0] == '0') {
      int z = 0;
      while (z < out - 1 && buf[z] == '0') {
        z++;
      }
      System.arraycopy(buf, z, buf, 0, out - z);
      return out - z;
    }
    if (out >= 2 && out <= 4 && buf[out - 1] == 'y' && Y_ONSETS.contains(new String(buf, 0, out - 1))) {
      buf[out - 1] = 'i';
    }
    return out;
  }

  private static char[] table() {
    char[] t = new char[TABLE_END - TABLE_START + 1];
    for (char c = TABLE_START; c <= TABLE_END; c++) {
      char f;
      if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
        f = 'd';
      } else {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        boolean marksOnly = true;
        for (int k = 1; k < d.length(); k++) {
          marksOnly &= Character.getType(d.charAt(k)) == Character.NON_SPACING_MARK;
        }
        f = marksOnly ? Character.toLowerCase(d.charAt(0)) : 0;
        if (f != 0 && Character.isUpperCase(f)) {
          f = 0;
        }
      }
      t[c - TABLE_START] = f;
    }
    return t;
  }
}
