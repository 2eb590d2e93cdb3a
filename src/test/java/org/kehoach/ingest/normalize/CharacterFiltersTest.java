package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** NFC, eth, U+FFFD and whitespace: the character-level filters. */
class CharacterFiltersTest {
  @Test
  void decomposedSyllablesAreComposed() {
    PagedText in = PagedText.ofPages(List.of("hướng d\u00E2\u0303n", "học gio\u0309i"));
    PagedText out = new NfcFilter().apply(in);
    assertEquals("hướng dẫn\nhọc giỏi", out.text());
    assertEquals(2, out.pageAt(out.text().indexOf("giỏi")));
  }

  @Test
  void composedTextIsReturnedAsItIs() {
    PagedText in = PagedText.unpaged("Kế hoạch bảo vệ trẻ em");
    assertSame(in, new NfcFilter().apply(in));
  }

  @Test
  void stackedMarksOnOneBaseAreComposedTogether() {
    // ệ written as e + dot below + circumflex, in non-canonical order
    PagedText out = new NfcFilter().apply(PagedText.unpaged("Vie\u0323\u0302t Nam"));
    assertEquals("Việt Nam", out.text());
  }

  @Test
  void ethBecomesDWithStroke() {
    PagedText out = new EthFilter().apply(PagedText.unpaged("\u00D0ồng Tháp, \u00F0ội"));
    assertEquals("Đồng Tháp, đội", out.text());
  }

  @Test
  void replacementCharactersGo() {
    PagedText out = new ReplacementCharFilter().apply(PagedText.unpaged("\uFFFD Phát triển xã,\uFFFD\nxong"));
    assertEquals(" Phát triển xã,\nxong", out.text());
  }

  @Test
  void oddSpacesTabsAndBreaksAreNormalised() {
    String raw = "\tSố:\u00A0\u00A0 43 /KH-UBND  \r\nCẩm\u2009Phả,\u200B ngày\r\n\u000CKẾ HOẠCH\uFEFF";
    PagedText out = new WhitespaceFilter().apply(PagedText.unpaged(raw));
    assertEquals("Số: 43 /KH-UBND\nCẩm Phả, ngày\n\nKẾ HOẠCH", out.text());
  }

  @Test
  void whitespaceEditsKeepPages() {
    PagedText in = PagedText.ofPages(List.of("a \t b  ", "  c"));
    PagedText out = new WhitespaceFilter().apply(in);
    assertEquals("a b\nc", out.text());
    assertEquals(2, out.pageAt(out.text().indexOf('c')));
  }

  @Test
  void blankLineRunsCollapseAndEndsAreTrimmed() {
    PagedText out = new BlankLineFilter().apply(PagedText.unpaged("\n\nKẾ HOẠCH \n\n\n \nI. MỤC TIÊU\n- Một\n\n"));
    assertEquals("KẾ HOẠCH\n\nI. MỤC TIÊU\n- Một", out.text());
  }
}
