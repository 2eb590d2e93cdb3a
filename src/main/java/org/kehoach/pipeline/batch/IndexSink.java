package org.kehoach.pipeline.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.kehoach.index.PlanIndex;
import org.kehoach.model.Plan;

/**
 * Adds each written plan JSON to the Lucene index, so {@code kehoach parse} leaves the corpus searchable;
 * re-parsing a file replaces its entry (same sha256). Commits and closes the index when the batch ends.
 */
public final class IndexSink implements PlanSink {
  private final PlanIndex index;

  public IndexSink(PlanIndex index) {
    this.index = index;
  }

  public static IndexSink open(Path dir) throws IOException {
    return new IndexSink(PlanIndex.open(dir));
  }

  @Override
  public void accept(Plan plan, Path json) throws IOException {
    index.index(json);
  }

  @Override
  public void close() throws IOException {
    try {
      index.commit();
    } finally {
      index.close();
    }
  }
}
