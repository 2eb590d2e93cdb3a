package org.kehoach.pipeline.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.kehoach.index.PlanIndex;
import org.kehoach.model.Plan;
import org.kehoach.pipeline.PlanJson;

/**
 * Adds each written plan JSON to the Lucene index, so {@code kehoach parse} leaves the corpus searchable;
 * re-parsing a file replaces its entry (same sha256). Commits at the end of every batch and when closed. A
 * parsed plan is indexed from the model with its compact JSON written once more from the model, which costs
 * far less than reading the JSON file back (or, when the batch hands over the bytes it wrote, taken from them
 * with the whitespace dropped); what the index holds is the same.
 *
 * <p><b>Resume.</b> A run killed after writing a JSON but before indexing it, or before its commit (which loses
 * every addition since the last one), leaves complete outputs that the index lacks. {@code --resume} skips
 * those files, so {@link #resumed} indexes every skipped output whose sha256 the index does not hold, from its
 * JSON; outputs already indexed are left alone.
 */
public final class IndexSink implements PlanSink {
  private final PlanIndex index;
  private final PlanJson planJson = new PlanJson(new ObjectMapper());

  public IndexSink(PlanIndex index) {
    this.index = index;
  }

  public static IndexSink open(Path dir) throws IOException {
    return new IndexSink(PlanIndex.open(dir));
  }

  @Override
  public void accept(Plan plan, Path json) throws IOException {
    index.add(plan, planJson.compact(plan));
  }

  /** The compact JSON is taken from the bytes written, not written again from the plan. */
  @Override
  public void accept(Plan plan, Path json, byte[] jsonBytes) throws IOException {
    index.add(plan, PlanJson.compactOf(jsonBytes));
  }

  @Override
  public void resumed(Path json, String sha256) throws IOException {
    if (!index.contains(sha256)) {
      index.index(json);
    }
  }

  @Override
  public void finish() throws IOException {
    index.commit();
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
