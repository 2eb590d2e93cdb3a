package org.kehoach.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.kehoach.text.ToneNormalizer;

/**
 * Brings each token to NFC with its tone mark in the canonical place ({@link ToneNormalizer}), so "hoà" and
 * "hòa", "Uỷ" and "Ủy", and decomposed input index as one term. Tokens that are plain ASCII pass untouched.
 * Vietnamese has a few thousand syllables and plans repeat them endlessly, so each filter instance (one per
 * thread, reused by the analyzer) remembers what it has normalised, up to {@value #MAX_CACHED} tokens.
 */
public final class ToneNormalizationFilter extends TokenFilter {
  private static final int MAX_CACHED = 20_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  /** Token → its normalised form; {@code null} values are not allowed, so unchanged tokens map to "". */
  private final CharArrayMap<String> cache = new CharArrayMap<>(1024, false);

  public ToneNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buf = term.buffer();
    int len = term.length();
    if (isAscii(buf, len)) {
      return true;
    }
    String known = cache.get(buf, 0, len);
    if (known == null) {
      String before = new String(buf, 0, len);
      String after = ToneNormalizer.normalize(before);
      known = after.equals(before) ? "" : after;
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(before, known);
    }
    if (!known.isEmpty()) {
      term.setEmpty().append(known);
    }
    return true;
  }

  private static boolean isAscii(char[] buf, int len) {
    for (int i = 0; i < len; i++) {
      if (buf[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
