package org.kehoach.pipeline.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A batch in a process of its own, for the crash test: {@code BatchChild IN OUT SINK_MILLIS}. Its sink sleeps
 * after every plan so the parent can kill it half-way.
 */
public final class BatchChild {
  private BatchChild() {}

  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    long sleep = Long.parseLong(args[2]);
    PlanSink slow = (plan, json) -> {
      try {
        Thread.sleep(sleep);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    try (BatchRunner runner = new BatchRunner(BatchFixtures.config(Duration.ofSeconds(120)),
        new BatchOptions(out, 2, false), slow)) {
      runner.run(List.of(in), BatchListener.NONE);
    }
  }
}
