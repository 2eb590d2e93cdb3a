package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PageOcrTest {
  @Test
  void everyChosenPageIsRecognisedUnderItsOwnIndexWithAtMostThePoolsSizeAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostRunning = new AtomicInteger();
    // takes a while per page, names the page by its size, and records how many pages it holds at once
    FakeOcr engine = new FakeOcr((page, dpi, timeout) -> {
      mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(20);
        return page.getWidth() + "x" + page.getHeight();
      } finally {
        running.decrementAndGet();
      }
    });
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
      assertEquals(chosen.size(), engine.calls.size());
      assertTrue(mostRunning.get() <= 2, "at most 2 pages at once, was " + mostRunning.get());
    }
  }
}
