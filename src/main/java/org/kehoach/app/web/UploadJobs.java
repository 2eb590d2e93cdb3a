package org.kehoach.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs uploads on a fixed pool of workers with a bounded queue, and keeps each job's status for polling.
 * A full queue refuses the whole request ({@link ErrorCode#BUSY}) rather than letting OCR work pile up.
 * Finished jobs are forgotten after {@code keep}. Thread-safe.
 */
final class UploadJobs implements AutoCloseable {
  private static final int ID_BYTES = 16;

  private final UploadProcessor processor;
  private final ThreadPoolExecutor pool;
  private final Duration keep;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, UploadJob> jobs = new ConcurrentHashMap<>();

  UploadJobs(UploadProcessor processor, int workers, int queueLimit, Duration keep, Clock clock) {
    this.processor = processor;
    this.keep = keep;
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(queueLimit), r -> {
          Thread t = new Thread(r, "kehoach-upload-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** A new random id: 128 bits as hex, used for jobs and staged files alike. */
  String newId() {
    byte[] b = new byte[ID_BYTES];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /**
   * Queues every file of a request.
   *
   * @throws ApiException {@link ErrorCode#BUSY} when the queue has no room for all of them (none is queued)
   */
  UploadJob submit(List<StagedFile> files) {
    forgetOld();
    UploadJob job = new UploadJob(newId(), clock.instant(), files);
    synchronized (pool) {
      if (pool.getQueue().remainingCapacity() < files.size()) {
        throw new ApiException(ErrorCode.BUSY, "the upload queue holds " + pool.getQueue().size()
            + " files and has no room for " + files.size() + " more");
      }
      for (UploadJob.Entry e : job.files()) {
        try {
          pool.execute(() -> run(e));
        } catch (RejectedExecutionException ex) {
          e.finish(FileOutcome.failed(ErrorCode.BUSY, "the upload queue is full or the server is stopping"));
          deleteQuietly(e.file());
        }
      }
    }
    jobs.put(job.id(), job);
    return job;
  }

  private void run(UploadJob.Entry e) {
    e.started();
    e.finish(processor.process(e.file()));
  }

  Optional<UploadJob> get(String id) {
    return Optional.ofNullable(id == null ? null : jobs.get(id));
  }

  private void forgetOld() {
    Instant cutoff = clock.instant().minus(keep);
    jobs.values().removeIf(j -> j.finished() && j.created().isBefore(cutoff));
  }

  private static void deleteQuietly(StagedFile f) {
    try {
      Files.deleteIfExists(f.path());
    } catch (IOException ignored) {
      // a leftover staged file is removed when the server starts next
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
