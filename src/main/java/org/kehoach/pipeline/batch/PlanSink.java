package org.kehoach.pipeline.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.kehoach.model.Plan;

/**
 * What happens to a plan after its JSON has been written (indexing it, for instance).
 *
 * <p><b>Contract.</b> {@link #accept} is called once per parsed plan, after {@code json} and its text file
 * are complete on disk, from any of the batch's worker threads at the same time: implementations must be
 * thread-safe. It is not called for files skipped by {@code --resume}, whose plan is not parsed again. An
 * {@link IOException} fails that file with {@code IO_ERROR} (its JSON stays); a runtime exception fails it
 * as an internal error; neither stops the batch. {@link #close()} is called once, after the last file.
 */
public interface PlanSink extends AutoCloseable {
  /** A sink that does nothing. */
  PlanSink NONE = (plan, json) -> {};

  void accept(Plan plan, Path json) throws IOException;

  @Override
  default void close() throws IOException {}
}
