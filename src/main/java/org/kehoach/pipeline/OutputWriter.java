package org.kehoach.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.kehoach.model.Plan;

/**
 * Writes a parsed plan as {@code <out>/<file>.json} and the normalised text its spans index into as
 * {@code <out>/<file>.txt}. Each file is written to a temporary sibling and renamed into place, so a crash
 * never leaves a half-written output; the text is written first, so a JSON that exists always has its text.
 */
public final class OutputWriter {
  private final Path outDir;
  private final PlanJson planJson;

  public OutputWriter(Path outDir, ObjectMapper mapper) {
    this.outDir = outDir;
    this.planJson = new PlanJson(mapper);
  }

  public Path jsonPath(String sourceFile) {
    return outDir.resolve(sourceFile + ".json");
  }

  /** Writes both files; returns the JSON path. */
  public Path write(Plan plan) throws IOException {
    String name = plan.source().file();
    writeAtomically(outDir.resolve(name + ".txt"), plan.text().getBytes(StandardCharsets.UTF_8));
    Path json = jsonPath(name);
    writeAtomically(json, planJson.pretty(plan));
    return json;
  }

  /**
   * A whole-file write that a crash cannot leave half done: the bytes go to a hidden temporary sibling
   * ({@code .name…tmp}), which is then renamed over the target; missing parent folders are made first.
   */
  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      // a temporary file that was renamed is gone already: only a failed write leaves one to remove
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }
}
