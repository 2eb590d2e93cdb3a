package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry, the usable-text rule and the raw document record. */
class SmallPartsTest {
  @Test
  void registryFindsReadersByTypeAndRejectsTwoClaimsOnOne() {
    DocumentReader a = reader(Set.of("text/plain", "text/x-a"));
    DocumentReader b = reader(Set.of("application/pdf"));
    ReaderRegistry registry = new ReaderRegistry(List.of(a, b));
    assertEquals(a, registry.forType("text/x-a").orElseThrow());
    assertEquals(b, registry.forType("application/pdf").orElseThrow());
    assertTrue(registry.forType("image/png").isEmpty());
    assertEquals(List.of("application/pdf", "text/plain", "text/x-a"), List.copyOf(registry.types()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ReaderRegistry(List.of(a, reader(Set.of("text/plain")))));
    assertTrue(e.getMessage().contains("text/plain"), e.getMessage());
  }

  @Test
  void aPageNeedsTwentyLettersToSkipOcr() {
    assertFalse(UsableText.isUsablePage(""));
    assertFalse(UsableText.isUsablePage("- 2 -\n"));
    assertFalse(UsableText.isUsablePage("Trang 12 / 40  ....  ____"));
    assertFalse(UsableText.isUsablePage("KẾ HOẠCH\n\n\n1234567890"), "8 letters");
    assertEquals(17, UsableText.letters("Căn cứ Luật Trẻ em năm 2016"));
    assertFalse(UsableText.isUsablePage("Căn cứ Luật Trẻ em năm 2016"), "17 letters");
    assertEquals(20, UsableText.letters("Căn cứ Luật Trẻ em và Luật"));
    assertTrue(UsableText.isUsablePage("Căn cứ Luật Trẻ em và Luật"), "20 letters");
    assertEquals(5, UsableText.letters("Đư\u0323ờng"), "a combining mark is not a letter");
  }

  @Test
  void wordsAreLettersOrDigits() {
    assertFalse(UsableText.hasWords(" \n\t-–…•\u00a0"));
    assertTrue(UsableText.hasWords("  7 "));
    assertTrue(UsableText.hasWords("ư"));
  }

  @Test
  void unpagedDocumentsHaveExactlyOnePage() {
    RawPage one = new RawPage(1, "x", false);
    assertThrows(IllegalArgumentException.class, () -> new RawDocument(
        org.kehoach.model.SourceFormat.TXT, "text/plain", List.of(one, new RawPage(2, "y", false)), false, null));
    RawDocument doc = new RawDocument(org.kehoach.model.SourceFormat.TXT, "text/plain", List.of(one), false, null);
    assertEquals(List.of(), doc.warnings());
  }

  private static DocumentReader reader(Set<String> types) {
    return new DocumentReader() {
      @Override
      public Set<String> supportedTypes() {
        return types;
      }

      @Override
      public RawDocument read(ReaderSource source, String mediaType) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
