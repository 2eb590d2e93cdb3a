package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content detector lists Tika's detectors itself, builds the ZIP package detectors late and evaluates
 * Tika's magic table through {@link MagicTable}; on every kind of file (ODT is covered by OtherFormatsTest)
 * it must name the type Tika's service-loaded {@code DefaultDetector} names, and on the corpus, its
 * truncations and several hundred made-up and hostile inputs it must answer exactly as the straightforward
 * way: that detector, then the 8-bit text check on the file's first 64 KiB when Tika gives up.
 */
class DetectorChainTest {
  private static ContentDetector ours;
  private static Detector tika;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    ours = new ContentDetector();
    tika = new DefaultDetector();
  }

  @Test
  void namesWhatTikasDefaultDetectorNames() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String name : List.of("2025_ly-son.pdf", "2025_ly-son.docx", "2025_ly-son.doc", "2025_ly-son.txt",
        "2020_hong-ngu.tcvn3.txt", "2020_hong-ngu.vni.txt", "2025_ly-son.scan.pdf")) {
      files.add(TestDocs.corpus(name));
    }
    files.add(zip("plain.zip", "ke-hoach.txt", "Kế hoạch"));
    files.add(zip("app.jar", "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"));
    files.add(zip("map.kmz", "doc.kml", "<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>"));
    files.add(write("sheet.xlsx", out -> {
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        wb.createSheet("Kế hoạch").createRow(0).createCell(0).setCellValue("Chỉ tiêu");
        wb.write(out);
      }
    }));
    files.add(write("slides.pptx", out -> {
      try (XMLSlideShow show = new XMLSlideShow()) {
        show.createSlide();
        show.write(out);
      }
    }));
    files.add(write("sheet.xls", out -> {
      try (HSSFWorkbook wb = new HSSFWorkbook()) {
        wb.createSheet("KH").createRow(0).createCell(0).setCellValue("Chỉ tiêu");
        wb.write(out);
      }
    }));
    files.add(write("slides.ppt", out -> {
      try (HSLFSlideShow show = new HSLFSlideShow()) {
        show.createSlide();
        show.write(out);
      }
    }));
    files.add(write("text.gz", out -> {
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write("Kế hoạch".getBytes(StandardCharsets.UTF_8));
      }
    }));
    files.add(Files.writeString(dir.resolve("bz.txt"), "BZh91AY&SY then some text", StandardCharsets.UTF_8));
    files.add(Files.writeString(dir.resolve("page.html"),
        "<!DOCTYPE html><html><body><p>Kế hoạch</p></body></html>", StandardCharsets.UTF_8));
    files.add(Files.writeString(dir.resolve("doc.rtf"), "{\\rtf1\\ansi Ke hoach}", StandardCharsets.US_ASCII));
    byte[] random = new byte[5000];
    new Random(3).nextBytes(random);
    files.add(Files.write(dir.resolve("random.bin"), random));
    byte[] truncated = Files.readAllBytes(TestDocs.corpus("2025_ly-son.docx"));
    files.add(Files.write(dir.resolve("half.docx"), Arrays.copyOf(truncated, truncated.length / 2)));
    files.add(write("folder.tar", out -> {
      try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
        byte[] text = "Kế hoạch".getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry("ke-hoach.txt");
        entry.setSize(text.length);
        tar.putArchiveEntry(entry);
        tar.write(text);
        tar.closeArchiveEntry();
      }
    }));
    for (Path file : files) {
      String expected;
      try (TikaInputStream in = TikaInputStream.get(file)) {
        expected = tika.detect(in, new Metadata()).getBaseType().toString();
      }
      String found = ours.detect(file);
      boolean eightBitText = expected.equals("application/octet-stream") && found.equals("text/plain");
      if (!eightBitText) {
        assertEquals(expected, found, file.getFileName().toString());
      }
    }
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

  private static String reference(Path file) throws IOException {
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

  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private Path write(String name, Content content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    content.writeTo(bytes);
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  private Path zip(String name, String entry, String text) throws IOException {
    return write(name, out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    });
  }
}
