package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link MagicTable} answers what Tika's {@code MimeTypes.detect} answers, or declines. */
class MagicTableTest {
  private static MimeTypes tika;
  private static MagicTable table;

  @BeforeAll
  static void build() {
    tika = MimeTypes.getDefaultMimeTypes();
    table = MagicTable.of(tika).orElseThrow(() -> new AssertionError("Tika's magic table cannot be read"));
  }

  @Test
  void answersAsTikaOnCorpusAndHostileInputs() throws Exception {
    Map<String, byte[]> inputs = DetectionInputs.all();
    assertTrue(inputs.size() > 500, "inputs: " + inputs.size());
    int answered = 0;
    for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
      byte[] content = input.getValue();
      MediaType expected = tika.detect(new ByteArrayInputStream(content), new Metadata());
      MediaType found = table.detect(Arrays.copyOf(content, Math.min(content.length, tika.getMinLength())));
      if (found != null) {
        answered++;
        assertEquals(expected, found, input.getKey());
      }
    }
    // declining is reserved to XML and HTML first matches (and empty input): most inputs are answered
    assertTrue(answered * 10 > inputs.size() * 9, answered + " of " + inputs.size() + " answered");
  }

  @Test
  void answersForThePdfAndTextFilesItIsThereFor() throws Exception {
    for (String name : new String[] {"2025_ly-son.pdf", "2025_ly-son.txt", "2020_hong-ngu.tcvn3.txt",
        "2020_hong-ngu.vni.txt", "2023_cam-pha.scan.pdf"}) {
      byte[] content = java.nio.file.Files.readAllBytes(TestDocs.corpus(name));
      byte[] head = Arrays.copyOf(content, Math.min(content.length, tika.getMinLength()));
      assertNotNull(table.detect(head), name);
    }
  }

  @Test
  void leavesXmlRootsAndEmptyInputToTika() {
    assertNull(table.detect(new byte[0]));
    byte[] svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        .getBytes(StandardCharsets.UTF_8);
    assertNull(table.detect(svg));
  }

  @Test
  void aPdfMarkedAsIllustratorIsNotAPdf() throws Exception {
    // Tika ranks its Illustrator rule above PDF's: a sure "%PDF-" shortcut would answer wrongly here
    byte[] head = "%PDF-1.5\n%AI5_FileFormat 3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(tika.detect(new ByteArrayInputStream(head), new Metadata()), table.detect(head));
    assertEquals("application/illustrator+ps", table.detect(head).toString());
  }
}
