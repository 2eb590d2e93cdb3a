package org.kehoach.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.kehoach.text.ToneNormalizer;

/**
 * Brings each token to NFC with its tone mark in the canonical place ({@link ToneNormalizer}), so "hoà" and
 * "hòa", "Uỷ" and "Ủy", and decomposed input index as one term. Tokens that are plain ASCII pass untouched.
 */
public final class ToneNormalizationFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ToneNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!isAscii(term)) {
      String before = term.toString();
      String after = ToneNormalizer.normalize(before);
      if (!after.equals(before)) {
        term.setEmpty().append(after);
      }
    }
    return true;
  }

  static boolean isAscii(CharTermAttribute term) {
    char[] buf = term.buffer();
    for (int i = 0, n = term.length(); i < n; i++) {
      if (buf[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
