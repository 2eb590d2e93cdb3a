package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content detector answers what the straightforward way answers: Tika's service-loaded {@code
 * DefaultDetector} (containers, then the whole magic table through {@code MimeTypes.detect}), then the
 * 8-bit text check on the file's first 64 KiB when Tika gives up. On the corpus, its truncations and
 * several hundred made-up and hostile inputs, each under a misleading name.
 */
class ContentDetectorReferenceTest {
  private static ContentDetector ours;
  private static Detector tika;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    ours = new ContentDetector();
    tika = new DefaultDetector();
  }

  @Test
  void answersAsTheStraightforwardWay() throws Exception {
    int n = 0;
    for (Map.Entry<String, byte[]> input : DetectionInputs.all().entrySet()) {
      // the name says DOCX whatever the content: detection must not look at it
      Path file = Files.write(dir.resolve("input-" + n++ + ".docx"), input.getValue());
      assertEquals(reference(file), ours.detect(file), input.getKey());
      Files.delete(file);
    }
  }

  private static String reference(Path file) throws Exception {
    MediaType type;
    try (TikaInputStream in = TikaInputStream.get(file)) {
      type = tika.detect(in, new Metadata());
    }
    if (MediaType.OCTET_STREAM.equals(type.getBaseType())) {
      try (InputStream in = Files.newInputStream(file)) {
        if (PlainTextSniffer.looksLikeText(in.readNBytes(64 * 1024))) {
          return MediaType.TEXT_PLAIN.toString();
        }
      }
    }
    return type.getBaseType().toString();
  }
}
