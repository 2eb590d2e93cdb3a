package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kehoach.ingest.IngestorFailureTest.assertFails;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.ingest.ocr.NoOcr;
import org.kehoach.ingest.ocr.OcrException;

/** Which PDF pages go to OCR, how, and what happens when OCR is missing, fails or is slow. */
class PdfOcrRoutingTest {
  private static final String TEXT_1 = "Ke hoach trien khai cong tac bao ve tre em nam 2024";
  private static final String TEXT_2 = "Phan cong nhiem vu cho cac phong ban va UBND cac xa";
  private static final String RECOGNISED = "Nội dung trang được nhận dạng bằng OCR, có dấu tiếng Việt";

  @TempDir Path dir;

  private static Limits limits(int threads, Duration timeout) {
    return new Limits(50_000_000, 1_000, 5_000_000, timeout, 100, threads);
  }

  @Test
  void onlyPagesWithoutATextLayerAreRecognised() throws Exception {
    Path pdf = TestDocs.pdf(dir.resolve("mixed.pdf"), List.of(TEXT_1, "", TEXT_2, ""));
    FakeOcr ocr = new FakeOcr((page, dpi, timeout) -> RECOGNISED);
    try (Ingestor ingestor = new Ingestor(limits(2, Duration.ofMinutes(1)), ocr)) {
      RawDocument doc = ingestor.read(pdf);
      assertEquals(2, ocr.calls.size());
      assertEquals(List.of(false, true, false, true), doc.pages().stream().map(RawPage::ocr).toList());
      assertTrue(doc.pages().get(0).text().contains(TEXT_1));
      assertEquals(RECOGNISED, doc.pages().get(1).text());
      assertTrue(doc.pages().get(2).text().contains(TEXT_2));
      assertEquals(RECOGNISED, doc.pages().get(3).text());
      assertTrue(doc.ocr());
    }
  }

  @Test
  void pagesAreRenderedGreyAtTheConfiguredResolution() throws Exception {
    Path pdf = TestDocs.pdf(dir.resolve("scan.pdf"), List.of(""));
    FakeOcr ocr = new FakeOcr((page, dpi, timeout) -> RECOGNISED);
    try (Ingestor ingestor = new Ingestor(limits(1, Duration.ofMinutes(1)), ocr)) {
      ingestor.read(pdf);
    }
    FakeOcr.Call call = ocr.calls.get(0);
    assertEquals(BufferedImage.TYPE_BYTE_GRAY, call.imageType());
    assertEquals(100, call.dpi());
    assertEquals(827, call.width(), 1, "A4 is 8.27 in wide"); // 595 pt / 72 * 100
    assertEquals(1169, call.height(), 1, "A4 is 11.69 in high");
  }

  @Test
  void pagesAreRecognisedInParallelOnNamedThreads() throws Exception {
    Path pdf = TestDocs.pdf(dir.resolve("scan.pdf"), List.of("", ""));
    CyclicBarrier bothRunning = new CyclicBarrier(2);
    FakeOcr ocr = new FakeOcr((page, dpi, timeout) -> {
      try {
        // fails unless the two pages are in recognition at the same time
        bothRunning.await(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new OcrException("pages were not recognised in parallel", false, e);
      }
      return RECOGNISED;
    });
    try (Ingestor ingestor = new Ingestor(limits(2, Duration.ofMinutes(1)), ocr)) {
      assertEquals(2, ingestor.read(pdf).pages().size());
    }
    assertTrue(ocr.calls.stream().allMatch(c -> c.thread().startsWith("kehoach-ocr-")), ocr.calls.toString());
  }

  @Test
  void noMoreThanOcrThreadsPagesAreRecognisedAtOnce() throws Exception {
    Path pdf = TestDocs.pdf(dir.resolve("scan.pdf"), List.of("", "", "", "", "", ""));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    FakeOcr ocr = new FakeOcr((page, dpi, timeout) -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      Thread.sleep(40);
      running.decrementAndGet();
      return RECOGNISED;
    });
    try (Ingestor ingestor = new Ingestor(limits(2, Duration.ofMinutes(1)), ocr)) {
      assertEquals(6, ingestor.read(pdf).pages().stream().filter(RawPage::ocr).count());
    }
    assertTrue(most.get() <= 2, "at most 2 at once, saw " + most.get());
  }

  @Test
  void theTimeLimitCoversOcrAndStopsIt() throws Exception {
    Path pdf = TestDocs.pdf(dir.resolve("scan.pdf"), List.of(""));
    CountDownLatch stopped = new CountDownLatch(1);
    FakeOcr ocr = new FakeOcr((page, dpi, timeout) -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        stopped.countDown();
        throw e;
      }
      return RECOGNISED;
    });
    try (Ingestor ingestor = new Ingestor(limits(1, Duration.ofMillis(1500)), ocr)) {
      long start = System.nanoTime();
      assertFails(FailureReason.TIMEOUT, "1500 ms", () -> ingestor.read(pdf));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(ms < 10_000, "returned after " + ms + " ms");
      assertTrue(stopped.await(10, TimeUnit.SECONDS), "the OCR call was interrupted");
    }
  }

  @Test
  void aFewImagePagesWithoutOcrAreKeptWithAWarning() throws Exception {
    Path pdf = TestDocs.pdf(dir.resolve("mostly-text.pdf"), List.of(TEXT_1, TEXT_2, ""));
    try (Ingestor ingestor = new Ingestor(limits(1, Duration.ofMinutes(1)), new NoOcr())) {
      RawDocument doc = ingestor.read(pdf);
      assertEquals(3, doc.pages().size());
      assertFalse(doc.ocr());
      assertEquals(1, doc.warnings().size());
      assertTrue(doc.warnings().get(0).startsWith("page 3 of 3 has no text layer"), doc.warnings().get(0));
    }
  }

  @Test
  void mostlyImagePagesWithoutOcrFail() throws Exception {
    Path pdf = TestDocs.pdf(dir.resolve("mostly-scan.pdf"), List.of(TEXT_1, "", ""));
    try (Ingestor ingestor = new Ingestor(limits(1, Duration.ofMinutes(1)), new NoOcr())) {
      assertFails(FailureReason.OCR_UNAVAILABLE, "pages 2, 3 of 3 have no text layer",
          () -> ingestor.read(pdf));
    }
  }

  @Test
  void anOcrEngineFailureIsReportedWithItsPage() throws Exception {
    Path pdf = TestDocs.pdf(dir.resolve("scan.pdf"), List.of(TEXT_1, ""));
    FakeOcr ocr = new FakeOcr((page, dpi, timeout) -> {
      throw new OcrException("engine crashed");
    });
    try (Ingestor ingestor = new Ingestor(limits(1, Duration.ofMinutes(1)), ocr)) {
      assertFails(FailureReason.OCR_UNAVAILABLE, "page 2 failed: engine crashed", () -> ingestor.read(pdf));
    }
  }

  @Test
  void aScanWhoseOcrFindsNothingIsEmpty() throws Exception {
    Path pdf = TestDocs.pdf(dir.resolve("blank-scan.pdf"), List.of(""));
    FakeOcr ocr = new FakeOcr((page, dpi, timeout) -> " \n");
    try (Ingestor ingestor = new Ingestor(limits(1, Duration.ofMinutes(1)), ocr)) {
      assertFails(FailureReason.EMPTY, "holds no text", () -> ingestor.read(pdf));
    }
  }
}
