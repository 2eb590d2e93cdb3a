package org.kehoach.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.ingest.normalize.PagedText;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.TextExtraction;
import org.kehoach.structure.Segmenter;

/**
 * The metadata of the sample plans read from their .docx, .doc and .pdf copies and the legacy-encoded
 * texts, through the project's reader and normaliser (OCR off), scored like the .txt ({@link GoldScore}).
 * Office and PDF text differs from the .txt: table cells come out in row-major order ("Số: …" after the
 * motto), header cells merge on one baseline ("HUYỆN HỒNG NGỰ CỘNG HÒA …"), lines wrap inside sentences.
 */
class MetadataFormatsTest {
  private static final String[] SLUGS =
      {"2014_ha-nam", "2020_hong-ngu", "2023_cam-pha", "2025_bu-gia-map-school", "2025_ly-son"};
  private static final String[] FORMATS = {"docx", "doc", "pdf", "tcvn3.txt", "vni.txt"};

  @Test
  void metadataFieldsMatchGoldInEveryFormat() throws Exception {
    String dir = System.getProperty("kehoach.corpus");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "corpus directory not set (kehoach.corpus)");
    MetadataExtractor extractor = new MetadataExtractor(Gazetteers.loadDefault());
    Segmenter segmenter = new Segmenter();
    ObjectMapper json = new ObjectMapper();
    GoldScore score = new GoldScore();
    try (TextExtraction reader = new TextExtraction(PipelineConfig.defaults())) {
      for (String slug : SLUGS) {
        JsonNode gold;
        try (InputStream g = getClass().getClassLoader().getResourceAsStream("gold/" + slug + ".gold.json")) {
          Assumptions.assumeTrue(g != null, "no gold for " + slug);
          gold = json.readTree(g);
        }
        for (String format : FORMATS) {
          Path file = Path.of(dir, slug + "." + format);
          if (Files.isRegularFile(file)) {
            PagedText t = reader.read(file).text().text();
            score.add(file.getFileName().toString(), gold,
                extractor.extract(t.text(), segmenter.segment(t.text(), t::pageAt), t));
          }
        }
      }
    }
    String report = score.report("metadata on corpus/*.{docx,doc,pdf} and legacy-encoded .txt");
    System.out.println(report);
    assertTrue(score.accuracy() >= 0.97, report);
  }
}
