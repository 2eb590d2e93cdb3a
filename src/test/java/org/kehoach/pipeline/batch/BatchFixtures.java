package org.kehoach.pipeline.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kehoach.ingest.Limits;
import org.kehoach.pipeline.PipelineConfig;

/** The mixed folder of the batch tests and the configuration they run under. */
final class BatchFixtures {
  static final List<String> SLUGS =
      List.of("2014_ha-nam", "2020_hong-ngu", "2023_cam-pha", "2025_bu-gia-map-school", "2025_ly-son");

  private BatchFixtures() {}

  /** Default limits except a low page limit (so a small PDF can exceed it); no OCR. */
  static PipelineConfig config(Duration timeout) {
    Limits d = Limits.defaults();
    return new PipelineConfig(
        new Limits(d.maxBytes(), HostileFolder.MAX_PAGES, d.maxChars(), timeout, d.ocrDpi(), 1), false, null);
  }

  /**
   * About 40 files: every text-layer sample (txt, docx, doc, pdf, the two legacy encodings), the five texts
   * again under the same names in a subfolder, and one of each hostile kind (10 that must fail).
   */
  static HostileFolder mixed(Path dir) throws IOException {
    HostileFolder f = new HostileFolder(dir);
    for (String slug : SLUGS) {
      for (String ext : List.of(".txt", ".docx", ".doc", ".pdf")) {
        f.good(slug + ext, "plans/" + slug + ext);
      }
      f.good(slug + ".txt", "huyen-b/" + slug + ".txt");
    }
    f.good("2020_hong-ngu.tcvn3.txt", "legacy/2020_hong-ngu.tcvn3.txt");
    f.good("2020_hong-ngu.vni.txt", "legacy/2020_hong-ngu.vni.txt");
    return f.allHostile();
  }
}
