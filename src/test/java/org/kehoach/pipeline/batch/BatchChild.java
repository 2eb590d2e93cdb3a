package org.kehoach.pipeline.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kehoach.model.Plan;

/**
 * A batch in a process of its own, for the crash test: {@code BatchChild IN OUT SINK_MILLIS INDEX}. Its sink
 * sleeps after every written plan, then adds it to the index at {@code INDEX}, so the parent can kill it
 * half-way, and at the moment of the kill a JSON is written but not yet indexed.
 */
public final class BatchChild {
  private BatchChild() {}

  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    long sleep = Long.parseLong(args[2]);
    IndexSink index = IndexSink.open(Path.of(args[3]));
    PlanSink slow = new PlanSink() {
      @Override
      public void accept(Plan plan, Path json) throws IOException {
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        index.accept(plan, json);
      }

      @Override
      public void finish() throws IOException {
        index.finish();
      }

      @Override
      public void close() throws IOException {
        index.close();
      }
    };
    try (BatchRunner runner = new BatchRunner(BatchFixtures.config(Duration.ofSeconds(120)),
        new BatchOptions(out, 2, false), slow)) {
      runner.run(List.of(in), BatchListener.NONE);
    }
  }
}
