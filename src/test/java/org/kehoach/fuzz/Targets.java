package org.kehoach.fuzz;

import java.math.BigDecimal;
import java.text.Normalizer.Form;
import java.util.List;
import org.kehoach.extract.value.MoneyWords;
import org.kehoach.extract.value.PartialDate;
import org.kehoach.extract.value.VietDates;
import org.kehoach.extract.value.VietNumbers;
import org.kehoach.ingest.normalize.Normalizer;
import org.kehoach.ingest.normalize.PagedText;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.model.PlanStructure;
import org.kehoach.structure.Segmenter;
import org.kehoach.text.legacy.DecodedText;
import org.kehoach.text.legacy.LegacyDecoder;

/**
 * The checks every fuzz input goes through, shared by the coverage-guided {@code @FuzzTest}s and the seeded
 * random tests. None of these components declares a checked exception or documents a runtime one for text
 * input, so any exception is a defect; an {@link AssertionError} says which invariant broke.
 */
final class Targets {
  private static final Normalizer NORMALIZER = Normalizer.standard();
  private static final Segmenter SEGMENTER = new Segmenter();

  private Targets() {}

  /**
   * The filter chain keeps the page count and keeps page starts ordered and inside the text. (Its output is to be
   * NFC too; that is not checked while the standard chain is still empty.)
   */
  static void normalizer(List<String> pages, boolean paged) {
    PagedText in = paged ? PagedText.ofPages(pages) : PagedText.unpaged(String.join("\n", pages));
    PagedText out = NORMALIZER.normalize(in);
    check(out.pageCount() == in.pageCount(), "page count changed: " + in.pageCount() + " -> " + out.pageCount());
    int previous = 0;
    for (int p = 1; p <= out.pageCount(); p++) {
      int start = out.pageStart(p);
      check(start >= previous && start <= out.length(), "page " + p + " starts at " + start);
      previous = start;
    }
    if (out.length() > 0) {
      out.pageAt(out.length() - 1);
    }
  }

  /**
   * Byte decoding, detection, conversion and encoding of the legacy codecs never throw; decoded bytes are NFC,
   * and so is the conversion of NFC text.
   */
  static void legacy(byte[] bytes, String raw) {
    String text = java.text.Normalizer.normalize(raw, Form.NFC);
    DecodedText decoded = LegacyDecoder.decodeBytes(bytes);
    check(decoded.text() != null, "decoded text is null");
    check(java.text.Normalizer.isNormalized(decoded.text(), Form.NFC), "decoded text is not NFC");
    LegacyDecoder.detect(text);
    for (LegacyEncoding e : LegacyEncoding.values()) {
      String converted = LegacyDecoder.convert(text, e);
      check(java.text.Normalizer.isNormalized(converted, Form.NFC), "converted text is not NFC (" + e + ")");
      LegacyDecoder.encode(text, e);
    }
  }

  /** Segmentation of any text: every span of the structure lies inside it. */
  static void segmenter(String text) {
    PlanStructure s = SEGMENTER.segment(text);
    check(s != null, "no structure");
    SpanCheck.inside(s, text.length());
  }

  /** Number, money and date readers: empty or a value, never an exception; found dates inside the range. */
  static void values(String text, int a, int b) {
    VietNumbers.parse(text);
    BigDecimal d = VietNumbers.parseDecimal(text);
    VietNumbers.scale(text);
    if (d != null) {
      VietNumbers.money(d, 1_000_000_000L);
    }
    MoneyWords.parse(text);
    int from = Math.floorMod(a, text.length() + 1);
    int to = from + Math.floorMod(b, text.length() - from + 1);
    for (VietDates.Found f : VietDates.find(text, from, to)) {
      check(f.start() >= from && f.end() <= to && f.start() < f.end(),
          "date [" + f.start() + ", " + f.end() + ") outside [" + from + ", " + to + ")");
      PartialDate date = f.date();
      date.valid();
      date.complete();
      if (date.valid()) {
        date.iso();
      }
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
