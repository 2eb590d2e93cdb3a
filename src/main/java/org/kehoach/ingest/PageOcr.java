package org.kehoach.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.kehoach.ingest.ocr.OcrEngine;
import org.kehoach.ingest.ocr.OcrException;
import org.kehoach.util.DaemonThreads;

/**
 * Renders chosen pages of an open PDF in grey and has an {@link OcrEngine} recognise them in parallel.
 *
 * <p>Rendering happens on the calling thread, since a {@code PDDocument} is not thread-safe; recognition
 * runs on a pool of {@code threads} named {@code kehoach-ocr-N}, shared by every document this instance
 * serves, so the number of OCR processes stays bounded however many documents are read at once. At most
 * {@code threads + 1} rendered pages per document wait for or are in recognition, which bounds memory (an A4
 * page at 300 dpi is about 8.7 MB of grey pixels); the one page beyond the pool's size is rendered ahead, so a
 * recognition process can start on it as soon as one ends instead of a core waiting while it renders.
 */
final class PageOcr implements AutoCloseable {
  /**
   * Largest image rendered for OCR, in pixels; a larger page (a poster, a hostile MediaBox) is rendered at a
   * lower resolution instead of exhausting memory. A4 at 400 dpi is 15.6 million pixels.
   */
  private static final long MAX_PIXELS = 40_000_000L;

  private static final float POINTS_PER_INCH = 72f;

  private final OcrEngine engine;
  private final int dpi;
  private final int threads;
  private final ThreadPoolExecutor pool;

  PageOcr(OcrEngine engine, int dpi, int threads) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.dpi = dpi;
    this.threads = threads;
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), new DaemonThreads("kehoach-ocr"));
    pool.allowCoreThreadTimeOut(true);
  }

  /**
   * Recognises the pages at the given 0-based indexes.
   *
   * @param deadline when the whole document's time runs out; each page gets what is left of it
   * @return recognised text by 0-based page index
   */
  Map<Integer, String> recognise(PDDocument doc, List<Integer> pageIndexes, Instant deadline)
      throws PlanProcessingException {
    PDFRenderer renderer = new PDFRenderer(doc);
    Deque<Map.Entry<Integer, Future<String>>> running = new ArrayDeque<>();
    Map<Integer, String> done = new HashMap<>();
    try {
      for (int index : pageIndexes) {
        if (running.size() > threads) {
          collectFirst(running, done, deadline);
        }
        float pageDpi = dpiFor(doc.getPage(index).getMediaBox());
        BufferedImage image = render(renderer, index, pageDpi);
        int imageDpi = Math.round(pageDpi);
        running.addLast(Map.entry(index,
            pool.submit(() -> engine.recognise(image, imageDpi, remaining(deadline)))));
      }
      while (!running.isEmpty()) {
        collectFirst(running, done, deadline);
      }
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlanProcessingException(
          FailureReason.TIMEOUT, "OCR was stopped by the time limit after " + done.size() + " of "
              + pageIndexes.size() + " pages", e);
    } finally {
      // on failure, stop the other pages' OCR processes too (cancelling interrupts, which kills them)
      running.forEach(r -> r.getValue().cancel(true));
    }
  }

  /** Waits for the oldest page still running; it leaves {@code running} only once it has finished. */
  private static void collectFirst(Deque<Map.Entry<Integer, Future<String>>> running,
      Map<Integer, String> done, Instant deadline) throws PlanProcessingException, InterruptedException {
    Map.Entry<Integer, Future<String>> page = running.peekFirst();
    int number = page.getKey() + 1;
    try {
      // a little past the deadline: the engine enforces it itself and reports a clearer failure
      long wait = remaining(deadline).toMillis() + 2_000;
      done.put(page.getKey(), page.getValue().get(wait, TimeUnit.MILLISECONDS));
      running.removeFirst();
    } catch (TimeoutException e) {
      throw new PlanProcessingException(
          FailureReason.TIMEOUT, "OCR of page " + number + " did not finish within the time limit", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof OcrException ocr) {
        throw new PlanProcessingException(
            ocr.timedOut() ? FailureReason.TIMEOUT : FailureReason.OCR_UNAVAILABLE,
            "OCR of page " + number + " failed: " + ocr.getMessage(), ocr);
      }
      throw new PlanProcessingException(
          FailureReason.OCR_UNAVAILABLE,
          "OCR of page " + number + " failed: " + ParseFailures.rootMessage(cause), cause);
    }
  }

  private static BufferedImage render(PDFRenderer renderer, int index, float dpi)
      throws PlanProcessingException {
    try {
      return renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
    } catch (IOException | RuntimeException e) {
      throw new PlanProcessingException(
          FailureReason.CORRUPT,
          "page " + (index + 1) + " of the PDF cannot be rendered for OCR: " + ParseFailures.rootMessage(e),
          e);
    }
  }

  /** The configured resolution, lowered for pages so large that the image would pass MAX_PIXELS. */
  private float dpiFor(PDRectangle box) {
    double squareInches =
        Math.max(1e-3, box.getWidth() / POINTS_PER_INCH) * Math.max(1e-3, box.getHeight() / POINTS_PER_INCH);
    double fitting = Math.sqrt(MAX_PIXELS / squareInches);
    return (float) Math.max(1, Math.min(dpi, fitting));
  }

  private static Duration remaining(Instant deadline) {
    Duration left = Duration.between(Instant.now(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
