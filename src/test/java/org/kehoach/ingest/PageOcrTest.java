package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.kehoach.ingest.ocr.OcrEngine;

class PageOcrTest {
  /** Takes a while per page, names the page by its size, and records how many pages it holds at once. */
  private static final class SlowEngine implements OcrEngine {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostRunning = new AtomicInteger();

    @Override
    public boolean available() {
      return true;
    }

    @Override
    public String unavailableReason() {
      return "";
    }

    @Override
    public String recognise(BufferedImage page, int dpi, Duration timeout) throws InterruptedException {
      mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(20);
        return page.getWidth() + "x" + page.getHeight();
      } finally {
        running.decrementAndGet();
      }
    }
  }

  @Test
  void everyChosenPageIsRecognisedUnderItsOwnIndexWithAtMostThePoolsSizeAtOnce() throws Exception {
    SlowEngine engine = new SlowEngine();
    try (PDDocument doc = new PDDocument(); PageOcr ocr = new PageOcr(engine, 72, 2)) {
      // pages of different widths, so each recognised text tells which page it came from
      for (int i = 0; i < 7; i++) {
        doc.addPage(new PDPage(new PDRectangle(100 + 10 * i, 200)));
      }
      List<Integer> chosen = List.of(0, 2, 3, 4, 6);

      Map<Integer, String> text = ocr.recognise(doc, chosen, Instant.now().plusSeconds(60));

      assertEquals(chosen.size(), text.size());
      for (int index : chosen) {
        assertEquals((100 + 10 * index) + "x200", text.get(index));
      }
      assertTrue(engine.mostRunning.get() <= 2, "at most 2 pages at once, was " + engine.mostRunning.get());
    }
  }
}
