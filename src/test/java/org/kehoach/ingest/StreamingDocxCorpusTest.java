package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every DOCX of the sample corpus gives the same text read as streams as through POI's XWPF model. */
class StreamingDocxCorpusTest {
  private static DocxBothWays both;

  @BeforeAll
  static void build() {
    both = new DocxBothWays();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014_ha-nam", "2020_hong-ngu", "2023_cam-pha", "2025_bu-gia-map-school",
      "2025_ly-son"})
  void sameTextBothWays(String slug) throws Exception {
    Path file = TestDocs.corpus(slug + ".docx");
    assertTrue(DocxBothWays.streams(file), "read as streams, not handed to the DOM way: " + slug);
    String dom = both.dom(file);
    assertFalse(dom.isBlank());
    assertEquals(dom, both.streaming(file));
  }
}
