package org.kehoach.pipeline.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary files of whole-file writes ({@link org.kehoach.pipeline.OutputWriter#writeAtomically}: a hidden
 * sibling {@code .name…tmp} renamed over the target) that a killed run left behind.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Deletes the temporary files a killed run left in one folder: hidden files named {@code .x.json…tmp} or
   * {@code .x.txt…tmp}. Nothing else is touched. Returns how many were deleted.
   */
  static int deleteLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int n = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.{json,txt}*.tmp")) {
      for (Path f : files) {
        if (Files.isRegularFile(f) && Files.deleteIfExists(f)) {
          n++;
        }
      }
    }
    return n;
  }
}
