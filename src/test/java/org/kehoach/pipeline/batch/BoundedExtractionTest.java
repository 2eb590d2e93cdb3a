package org.kehoach.pipeline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.kehoach.ingest.FailureReason;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.ingest.RawDocument;
import org.kehoach.ingest.RawPage;
import org.kehoach.model.SourceFormat;

/** The stages after reading are bounded by what is left of the file's time limit. */
class BoundedExtractionTest {
  private static final RawDocument RAW =
      new RawDocument(SourceFormat.TXT, "text/plain", List.of(new RawPage(1, "KẾ HOẠCH", false)), false, null);

  @Test
  void stagesThatIgnoreInterruptsTimeOutOnTimeAndAreCountedUntilTheyEnd() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean sawInterrupt = new AtomicBoolean();
    BoundedExtraction.Stages stages = (name, sha, raw) -> {
      started.countDown();
      // a computation that never looks at the interrupt flag, like a long regex
      while (release.getCount() > 0) {
        if (Thread.currentThread().isInterrupted()) {
          sawInterrupt.set(true);
        }
        Thread.onSpinWait();
      }
      // the flag stays set until the run ends, even if this thread was not scheduled while it spun
      sawInterrupt.compareAndSet(false, Thread.currentThread().isInterrupted());
      return null;
    };
    try (BoundedExtraction bounded = new BoundedExtraction()) {
      long start = System.nanoTime();
      PlanProcessingException e = assertThrows(PlanProcessingException.class,
          () -> bounded.run(stages, "kh.txt", "00", RAW, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1000), 1000));
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertEquals(FailureReason.TIMEOUT, e.reason());
      assertTrue(e.getMessage().contains("1000 ms"), e.getMessage());
      assertTrue(started.await(0, TimeUnit.SECONDS), "the stages ran before the limit passed");
      assertTrue(tookMs >= 1000 && tookMs < 6_000, "gave up near the limit, not when the work ended: " + tookMs + " ms");
      assertEquals(1, bounded.abandoned());
      release.countDown();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (bounded.abandoned() > 0 && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      assertEquals(0, bounded.abandoned(), "no longer counted once its computation returned");
      assertTrue(sawInterrupt.get(), "its thread was interrupted");
    }
  }

  @Test
  void consecutiveFilesRunOnTheSameLaneSoPerThreadCachesAreKept() throws Exception {
    java.util.Set<Thread> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    BoundedExtraction.Stages stages = (name, sha, raw) -> {
      seen.add(Thread.currentThread());
      return null;
    };
    try (BoundedExtraction bounded = new BoundedExtraction()) {
      for (int i = 0; i < 50; i++) {
        bounded.run(stages, "kh.txt", "00", RAW, System.nanoTime() + TimeUnit.SECONDS.toNanos(10), 10_000);
      }
    }
    assertEquals(1, seen.size(), "one caller, one lane");
  }

  @Test
  void aDeadlineAlreadyPassedFailsWithoutStartingTheStages() {
    AtomicBoolean ran = new AtomicBoolean();
    BoundedExtraction.Stages stages = (name, sha, raw) -> {
      ran.set(true);
      return null;
    };
    try (BoundedExtraction bounded = new BoundedExtraction()) {
      PlanProcessingException e = assertThrows(PlanProcessingException.class,
          () -> bounded.run(stages, "kh.txt", "00", RAW, System.nanoTime() - 1, 1000));
      assertEquals(FailureReason.TIMEOUT, e.reason());
      assertTrue(!ran.get());
    }
  }

  @Test
  void failuresOfTheStagesPassThroughWithTheirReason() {
    BoundedExtraction.Stages stages = (name, sha, raw) -> {
      throw new PlanProcessingException(FailureReason.NOT_A_PLAN, "no title");
    };
    try (BoundedExtraction bounded = new BoundedExtraction()) {
      PlanProcessingException e = assertThrows(PlanProcessingException.class,
          () -> bounded.run(stages, "kh.txt", "00", RAW, System.nanoTime() + TimeUnit.SECONDS.toNanos(10), 10_000));
      assertEquals(FailureReason.NOT_A_PLAN, e.reason());
    }
  }

  @Test
  void aBugInAStageIsThrownAsItIsAndAnOutOfMemoryIsTooLarge() {
    IllegalStateException bug = new IllegalStateException("bug");
    BoundedExtraction.Stages stages = (name, sha, raw) -> {
      throw bug;
    };
    try (BoundedExtraction bounded = new BoundedExtraction()) {
      assertSame(bug, assertThrows(IllegalStateException.class,
          () -> bounded.run(stages, "kh.txt", "00", RAW, System.nanoTime() + TimeUnit.SECONDS.toNanos(10), 10_000)));
    }
    BoundedExtraction.Stages oom = (name, sha, raw) -> {
      throw new OutOfMemoryError("Java heap space");
    };
    try (BoundedExtraction bounded = new BoundedExtraction()) {
      PlanProcessingException e = assertThrows(PlanProcessingException.class,
          () -> bounded.run(oom, "kh.txt", "00", RAW, System.nanoTime() + TimeUnit.SECONDS.toNanos(10), 10_000));
      assertEquals(FailureReason.TOO_LARGE, e.reason());
    }
  }
}
