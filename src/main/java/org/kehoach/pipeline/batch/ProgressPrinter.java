package org.kehoach.pipeline.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kehoach.util.DaemonThreads;

/**
 * Shows a batch's progress and prints one line per failed file ("FILE: REASON: message").
 *
 * <p>{@link Mode#BAR} redraws one line in place ({@code \r}) on a terminal, at least once a second so the
 * rate and ETA stay current while a long OCR runs; a failure line is printed above the bar. {@link Mode#LINES}
 * prints a plain progress line every {@code every} (for logs and pipes, where {@code \r} would make a mess).
 * {@link Mode#NONE} prints failure lines only. Thread-safe: every write holds the printer's lock.
 */
public final class ProgressPrinter implements BatchListener, AutoCloseable {
  /** How progress is shown. */
  public enum Mode {
    BAR,
    LINES,
    NONE
  }

  private final PrintWriter out;
  private final Mode mode;
  private final Duration every;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(new DaemonThreads("kehoach-progress"));
  private long start;
  private long total;
  private long done;
  private long failed;
  private int barWidth;
  private long lastLine;

  /**
   * @param out where progress and failure lines go (usually standard error)
   * @param every the period of a progress line in {@link Mode#LINES}
   */
  public ProgressPrinter(PrintWriter out, Mode mode, Duration every) {
    this.out = Objects.requireNonNull(out, "out");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.every = Objects.requireNonNull(every, "every");
    if (every.isZero() || every.isNegative()) {
      throw new IllegalArgumentException("every must be positive, got " + every);
    }
  }

  /** {@link Mode#BAR} when a terminal is attached ({@link System#console()}), else {@link Mode#LINES}. */
  public static Mode detect() {
    return System.console() != null ? Mode.BAR : Mode.LINES;
  }

  @Override
  public synchronized void started(long totalFiles) {
    start = System.nanoTime();
    lastLine = start;
    total = totalFiles;
    if (mode == Mode.NONE) {
      return;
    }
    long period = mode == Mode.BAR ? 1000 : every.toMillis();
    ticker.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    if (mode == Mode.LINES) {
      out.println("parsing " + totalFiles + " files");
      out.flush();
    } else {
      draw();
    }
  }

  @Override
  public synchronized void fileDone(FileOutcome outcome, long doneFiles, long failedFiles) {
    done = Math.max(done, doneFiles);
    failed = Math.max(failed, failedFiles);
    if (outcome.isFailure()) {
      clearBar();
      out.println(outcome.failureLine());
    }
    if (mode == Mode.BAR) {
      draw();
    } else {
      out.flush();
    }
  }

  @Override
  public synchronized void finished(BatchReport report) {
    ticker.shutdownNow();
    if (mode == Mode.BAR) {
      draw();
      out.println();
    } else if (mode == Mode.LINES) {
      out.println(ProgressLine.plain(done, total, failed, System.nanoTime() - start));
    }
    out.flush();
  }

  private synchronized void tick() {
    if (mode == Mode.BAR) {
      draw();
    } else if (System.nanoTime() - lastLine >= every.toNanos() / 2) {
      lastLine = System.nanoTime();
      out.println(ProgressLine.plain(done, total, failed, lastLine - start));
      out.flush();
    }
  }

  private void draw() {
    String line = ProgressLine.bar(done, total, failed, System.nanoTime() - start);
    // pad over a longer previous line
    out.print("\r" + line + " ".repeat(Math.max(0, barWidth - line.length())));
    barWidth = line.length();
    out.flush();
  }

  private void clearBar() {
    if (mode == Mode.BAR && barWidth > 0) {
      out.print("\r" + " ".repeat(barWidth) + "\r");
      barWidth = 0;
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
