package org.kehoach.pipeline.batch;

import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.kehoach.ingest.FailureReason;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.ingest.RawDocument;
import org.kehoach.model.Plan;
import org.kehoach.model.StructureWarning;
import org.kehoach.util.DaemonThreads;

/**
 * The stages after reading ({@link PlanStages}: normalise, segment and test the shape, extract) run on a
 * thread of their own under what is left of the file's time limit. Reading is bounded by the
 * {@link org.kehoach.ingest.Ingestor}; this bounds the rest, so no stage can hold a worker past the limit.
 *
 * <p>When the limit passes, the file fails with {@code TIMEOUT} at once and its thread is interrupted. Pure
 * computation does not look at the interrupt, so such a thread may run on until its computation ends; it is
 * counted as <i>abandoned</i> until then ({@link #abandoned()}) and its result is thrown away. Thread-safe.
 *
 * <p>Each file runs on a <i>lane</i>, a single-thread executor taken from a stack of idle lanes and given
 * back after the file, most recently used first. So the extraction threads are as many as files run at the
 * same time and live as long as this object, across batches: per-thread caches of the extractors (the
 * compiled CoreNLP rules are per thread) are built once per lane, not once per file or per batch. A lane
 * whose file was abandoned is retired and replaced by a new one when needed.
 */
final class BoundedExtraction implements AutoCloseable {
  /** A plan and the warnings its segmentation raised. */
  record Extracted(Plan plan, List<StructureWarning> structureWarnings) {}

  /** The stages themselves: any thread may call them, several at a time. */
  interface Stages {
    Extracted run(String fileName, String sha256, RawDocument raw) throws PlanProcessingException;
  }

  private final DaemonThreads threadFactory = new DaemonThreads("kehoach-extract");
  private final Deque<ExecutorService> idle = new ConcurrentLinkedDeque<>();
  private final Set<ExecutorService> lanes = ConcurrentHashMap.newKeySet();
  private final AtomicLong abandoned = new AtomicLong();

  /**
   * Runs the stages for one document read from {@code fileName}.
   *
   * @param deadline the {@link System#nanoTime()} by which the file must be done
   * @throws PlanProcessingException {@code TIMEOUT}, {@code NOT_A_PLAN}, or {@code TOO_LARGE} when memory ran out
   */
  Extracted run(Stages stages, String fileName, String sha256, RawDocument raw, long deadline, long limitMillis)
      throws PlanProcessingException {
    Objects.requireNonNull(stages, "stages");
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timeout(limitMillis);
    }
    Attempt attempt = new Attempt();
    ExecutorService lane = lane();
    boolean keepLane = true;
    try {
      Future<Extracted> task = lane.submit(() -> attempt.run(() -> stages.run(fileName, sha256, raw)));
      return task.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      keepLane = false;
      attempt.giveUp();
      throw timeout(limitMillis);
    } catch (InterruptedException e) {
      keepLane = false;
      attempt.giveUp();
      Thread.currentThread().interrupt();
      throw new PlanProcessingException(FailureReason.TIMEOUT, "extraction was interrupted (the batch stopped)", e);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    } finally {
      if (keepLane) {
        idle.offerFirst(lane);
      } else {
        // its thread ends once the abandoned computation returns
        lanes.remove(lane);
        lane.shutdown();
      }
    }
  }

  private ExecutorService lane() {
    ExecutorService lane = idle.pollFirst();
    if (lane == null) {
      lane = Executors.newSingleThreadExecutor(threadFactory);
      lanes.add(lane);
    }
    return lane;
  }

  /** One file's stages as a task that may throw the pipeline's checked exception. */
  private interface Task {
    Extracted run() throws PlanProcessingException;
  }

  /**
   * One file's run on an extraction thread. Its thread is interrupted only while it runs this file (never a
   * later file the pooled thread has moved on to), and it counts as abandoned from the moment the worker gives
   * up until its computation returns.
   */
  private final class Attempt {
    private Thread runner;
    private boolean finished;
    private boolean givenUp;

    Extracted run(Task task) throws PlanProcessingException {
      synchronized (this) {
        if (givenUp) {
          abandoned.decrementAndGet();
          finished = true;
          return null;
        }
        runner = Thread.currentThread();
      }
      try {
        return task.run();
      } finally {
        synchronized (this) {
          runner = null;
          finished = true;
          if (givenUp) {
            abandoned.decrementAndGet();
          }
        }
        // an interrupt aimed at this file must not reach the next one
        Thread.interrupted();
      }
    }

    synchronized void giveUp() {
      if (finished || givenUp) {
        return;
      }
      givenUp = true;
      abandoned.incrementAndGet();
      if (runner != null) {
        runner.interrupt();
      }
    }
  }

  private static PlanProcessingException timeout(long limitMillis) {
    return new PlanProcessingException(FailureReason.TIMEOUT,
        "normalising, segmenting and extracting did not finish within the time limit of " + limitMillis
            + " ms per file");
  }

  private static PlanProcessingException unwrap(Throwable cause) {
    if (cause instanceof PlanProcessingException p) {
      return p;
    }
    if (cause instanceof OutOfMemoryError) {
      return new PlanProcessingException(FailureReason.TOO_LARGE,
          "extraction ran out of memory: the document is too large for the heap", cause);
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("unexpected checked exception", cause);
  }

  /** Threads that passed their time limit and are still computing. */
  long abandoned() {
    return abandoned.get();
  }

  @Override
  public void close() {
    lanes.forEach(ExecutorService::shutdownNow);
    lanes.clear();
    idle.clear();
  }
}
