package org.kehoach.index.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Assertions over token streams in the manner of Lucene's {@code BaseTokenStreamTestCase}: the expected
 * terms, offsets and position increments, and the stream contract on every call (reset before use, end and
 * close after, offsets inside the input and never going backwards, positions never going backwards, the same
 * tokens when the reused stream is run again), plus random input with a logged seed.
 */
final class TokenStreams {
  private TokenStreams() {}

  /** One token as the stream produced it. */
  record Tok(String term, int start, int end, int posInc, int posLen) {}

  static List<Tok> analyze(Analyzer a, String text) {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      int lastStart = 0;
      int pos = -1;
      while (ts.incrementToken()) {
        Tok t = new Tok(term.toString(), off.startOffset(), off.endOffset(), inc.getPositionIncrement(),
            len.getPositionLength());
        assertTrue(t.start() >= 0 && t.end() >= t.start() && t.end() <= text.length(),
            () -> "offsets outside the input: " + t + " in '" + text + "'");
        assertTrue(t.start() >= lastStart, () -> "start offset went backwards: " + t + " in '" + text + "'");
        assertTrue(t.posInc() >= 0 && t.posLen() >= 1, () -> "bad position data " + t);
        if (pos < 0) {
          assertTrue(t.posInc() >= 1, () -> "first token must have a position increment >= 1: " + t);
        }
        assertFalse(t.term().isEmpty(), () -> "empty term in '" + text + "'");
        lastStart = t.start();
        pos += t.posInc();
        out.add(t);
      }
      ts.end();
      assertTrue(off.endOffset() <= text.length() && off.endOffset() >= lastStart, "final offset");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<String> terms(Analyzer a, String text) {
    return analyze(a, text).stream().map(Tok::term).toList();
  }

  /** The terms, and the analyzer gives the same tokens when its reused stream runs again. */
  static void assertAnalyzesTo(Analyzer a, String text, String... expected) {
    List<Tok> first = analyze(a, text);
    assertArrayEquals(expected, first.stream().map(Tok::term).toArray(String[]::new), () -> "terms of '" + text + "'");
    assertEquals(first, analyze(a, text), "a reused stream must give the same tokens");
  }

  /** The terms with their offsets and position increments. */
  static void assertAnalyzesTo(Analyzer a, String text, String[] terms, int[] starts, int[] ends, int[] posIncs) {
    List<Tok> toks = analyze(a, text);
    assertArrayEquals(terms, toks.stream().map(Tok::term).toArray(String[]::new), () -> "terms of '" + text + "'");
    assertArrayEquals(starts, toks.stream().mapToInt(Tok::start).toArray(), "start offsets");
    assertArrayEquals(ends, toks.stream().mapToInt(Tok::end).toArray(), "end offsets");
    assertArrayEquals(posIncs, toks.stream().mapToInt(Tok::posInc).toArray(), "position increments");
  }

  /** Runs random Vietnamese-like text through the analyzer, checking the stream contract each time. */
  static void checkRandomData(Analyzer a, long seed, int iterations) {
    SplittableRandom r = new SplittableRandom(seed);
    String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
        + "AĂÂĐÊÔƠƯÁÀỦỶÝ0123456789 ,.;:/-&%()\"'\u0300\u0301\u0303\u0309\u0323\u00A0\t\nÐ";
    for (int i = 0; i < iterations; i++) {
      int len = r.nextInt(60);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      if (r.nextInt(4) == 0) {
        sb.append(" TNTT LĐ-TB&XH tntt");
      }
      String text = sb.toString();
      try {
        assertEquals(analyze(a, text), analyze(a, text));
      } catch (AssertionError e) {
        throw new AssertionError("random text failed (seed " + seed + ", iteration " + i + "): '" + text + "'", e);
      }
    }
  }
}
