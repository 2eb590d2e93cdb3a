package org.kehoach.bench.throughput;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.kehoach.ingest.ocr.GreyPgm;

/**
 * Tesseract alone on the pages of scanned PDFs, the OCR baseline: the pages are rendered once, untimed, as
 * the grey PGM images the pipeline makes (same resolution), then each is recognised by its own {@code
 * tesseract} process with the pipeline's flags ({@code -l vie --dpi N}, one OpenMP thread), {@code threads} processes at a time.
 */
final class TesseractBaseline {
  /** Result of one pass. */
  record Pass(long wallNanos, int pages, int failed) {}

  private final int dpi;

  TesseractBaseline(int dpi) {
    this.dpi = dpi;
  }

  /** True when {@code tesseract} runs and knows Vietnamese. */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && out.lines().anyMatch("vie"::equals);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Renders every page of the scans into {@code dir}; returns the images in order. */
  List<Path> render(List<Path> scans, Path dir) throws IOException {
    List<Path> images = new ArrayList<>();
    Files.createDirectories(dir);
    for (Path scan : scans) {
      try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
          BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
          Path image = dir.resolve(String.format(java.util.Locale.ROOT, "p%04d.pgm", images.size() + 1));
          GreyPgm.write(page, image);
          images.add(image);
        }
      }
    }
    return images;
  }

  Pass run(List<Path> images, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-tesseract");
      t.setDaemon(true);
      return t;
    });
    long start = System.nanoTime();
    int failed = 0;
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (Path image : images) {
        runs.add(pool.submit(() -> recognise(image)));
      }
      for (Future<Integer> r : runs) {
        failed += r.get() == 0 ? 0 : 1;
      }
    } finally {
      pool.shutdownNow();
    }
    return new Pass(System.nanoTime() - start, images.size(), failed);
  }

  private int recognise(Path image) throws IOException, InterruptedException {
    Path out = image.resolveSibling(image.getFileName() + ".out");
    ProcessBuilder b = new ProcessBuilder("tesseract", image.toString(), out.toString(), "-l", "vie", "--dpi",
        Integer.toString(dpi)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    b.environment().put("OMP_THREAD_LIMIT", "1");
    return b.start().waitFor();
  }
}
