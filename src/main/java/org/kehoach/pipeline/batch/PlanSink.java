package org.kehoach.pipeline.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.kehoach.model.Plan;

/**
 * What happens to a plan after its JSON has been written (indexing it, for instance).
 *
 * <p><b>Contract.</b> {@link #accept} is called once per parsed plan, after {@code json} and its text file
 * are complete on disk, from any of the batch's worker threads at the same time: implementations must be
 * thread-safe. {@link #resumed} is called instead for a file that {@code --resume} skips because its output is
 * complete: an earlier run wrote that JSON but may have been killed before its sink saw it (or before the sink
 * made it durable), so a sink that keeps state of its own must catch up from the JSON there. An
 * {@link IOException} from either fails that file with {@code IO_ERROR} (its JSON stays); a runtime exception
 * fails it with {@code INTERNAL}; neither stops the batch. {@link #finish} is called once at the end of every
 * batch, after the last file, and is timed as part of it; {@link #close()} is called once by the owner of the
 * sink, when no batch will use it any more.
 */
public interface PlanSink extends AutoCloseable {
  /** A sink that does nothing. */
  PlanSink NONE = (plan, json) -> {};

  void accept(Plan plan, Path json) throws IOException;

  /**
   * {@link #accept(Plan, Path)}, given also the bytes of the JSON file just written (the batch has them at hand),
   * so a sink that needs the plan's JSON neither reads the file back nor writes the JSON once more. The bytes
   * are the caller's: a sink must not change them. Default: {@link #accept(Plan, Path)}.
   */
  default void accept(Plan plan, Path json, byte[] jsonBytes) throws IOException {
    accept(plan, json);
  }

  /**
   * A file skipped by {@code --resume}: {@code json} is a complete output of the input whose SHA-256 is
   * {@code sha256}, written by an earlier run. Default: nothing.
   */
  default void resumed(Path json, String sha256) throws IOException {}

  /** The batch's last file is done: make what this sink did durable (the index commits). Default: nothing. */
  default void finish() throws IOException {}

  @Override
  default void close() throws IOException {}
}
