package org.kehoach.bench.throughput;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Plain Tika text extraction, the baseline: {@code AutoDetectParser} and an unbounded {@code
 * BodyContentHandler} per file, OCR off, on the same number of threads as the pipeline. The parser is built
 * once, outside the timing. Each file's own time is also summed by format, for the per-format comparison; that
 * adds two clock reads per file and changes nothing of what is parsed.
 */
final class TikaBaseline {
  private final AutoDetectParser parser = new AutoDetectParser();

  /**
   * Result of one pass.
   *
   * @param byFormat each file's time from opening it to the end of its parse, summed by format
   */
  record Pass(long wallNanos, int files, int failed, long characters, Map<String, FormatTimes.Total> byFormat) {
    Pass {
      byFormat = Map.copyOf(byFormat);
    }
  }

  Pass run(List<Path> files, int threads) throws Exception {
    AtomicLong chars = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    FormatTimes times = new FormatTimes();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-tika");
      t.setDaemon(true);
      return t;
    });
    long start = System.nanoTime();
    try {
      List<Future<?>> done = files.stream().<Future<?>>map(f -> pool.submit(() -> {
        long t = System.nanoTime();
        try (InputStream in = Files.newInputStream(f)) {
          BodyContentHandler text = new BodyContentHandler(-1);
          ParseContext context = new ParseContext();
          PDFParserConfig pdf = new PDFParserConfig();
          pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
          context.set(PDFParserConfig.class, pdf);
          parser.parse(in, text, new Metadata(), context);
          chars.addAndGet(text.toString().length());
        } catch (Exception e) {
          failed.incrementAndGet();
        }
        times.add(f, System.nanoTime() - t);
      })).toList();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Pass(System.nanoTime() - start, files.size(), (int) failed.get(), chars.get(), times.totals());
  }
}
