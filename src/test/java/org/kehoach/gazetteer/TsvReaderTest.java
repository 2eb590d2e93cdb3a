package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvReaderTest {
  private final TsvReader reader = new TsvReader(List.of("id", "name", "variants"));

  private List<TsvRow> read(String text) {
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  @Test
  void readsRowsSkippingCommentsAndBlankLines() {
    List<TsvRow> rows = read("# comment\nid\tname\tvariants\n\na\tPhòng Y tế\tx | y |  | z\n# tail\n");
    assertEquals(1, rows.size());
    TsvRow r = rows.get(0);
    assertEquals(4, r.line());
    assertEquals("Phòng Y tế", r.get("name"));
    assertEquals(List.of("x", "y", "z"), r.list("variants"));
  }

  @Test
  void wrongHeaderNamesFileAndLine() {
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> read("# c\nid\tname\n"));
    assertEquals("test.tsv", e.source());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("test.tsv:2: expected header"), e.getMessage());
  }

  @Test
  void wrongCellCountNamesTheLine() {
    GazetteerFormatException e =
        assertThrows(GazetteerFormatException.class, () -> read("id\tname\tvariants\na\tb\tc\nd\te\n"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("expected 3 tab-separated cells, found 2"), e.getMessage());
  }

  @Test
  void invalidUtf8IsAnErrorNotReplaced() {
    byte[] bad = {'i', 'd', '\t', 'n', 'a', 'm', 'e', '\t', 'v', '\n', 'a', '\t', (byte) 0xC3, (byte) 0x28, '\t', '\n'};
    TsvReader r3 = new TsvReader(List.of("id", "name", "v"));
    GazetteerFormatException e =
        assertThrows(GazetteerFormatException.class, () -> r3.read(new ByteArrayInputStream(bad), "bad.tsv"));
    assertTrue(e.getMessage().startsWith("bad.tsv:"), e.getMessage());
    assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
  }

  @Test
  void decomposedTextIsRejected() {
    String nfd = Normalizer.normalize("Lý Sơn", Normalizer.Form.NFD);
    GazetteerFormatException e =
        assertThrows(GazetteerFormatException.class, () -> read("id\tname\tvariants\na\t" + nfd + "\t\n"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("not NFC"), e.getMessage());
  }

  @Test
  void emptyFileHasNoHeader() {
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> read("# only a comment\n"));
    assertTrue(e.getMessage().contains("no header"), e.getMessage());
  }

  @Test
  void requiredCellMustNotBeBlank() {
    TsvRow r = read("id\tname\tvariants\na\t  \t\n").get(0);
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> r.required("name"));
    assertEquals("test.tsv:2: column 'name' is empty", e.getMessage());
  }

  @Test
  void theQuickNfcTestOnlyPassesNormalisedText() {
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      if (TsvReader.surelyNfc(String.valueOf(c))) {
        chars.append(c);
      }
    }
    assertTrue(chars.indexOf("ệ") >= 0 && chars.indexOf("ư") >= 0 && chars.indexOf("Đ") >= 0, "Vietnamese letters pass");
    assertTrue(chars.indexOf("\u0301") < 0, "combining marks do not");
    for (int i = 0; i < chars.length(); i++) {
      for (int j = 0; j < chars.length(); j++) {
        String pair = "" + chars.charAt(i) + chars.charAt(j);
        assertTrue(Normalizer.isNormalized(pair, Normalizer.Form.NFC), () -> "not NFC: " + pair);
      }
    }
  }
}
