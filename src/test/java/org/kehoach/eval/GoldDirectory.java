package org.kehoach.eval;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Finds the development gold set: the system property {@code kehoach.gold}, else the first {@code shared/gold}
 * with gold files in the working directory or one of its parents (the repository sits next to shared/).
 */
final class GoldDirectory {
  private GoldDirectory() {}

  static Optional<Path> locate() {
    String prop = System.getProperty("kehoach.gold");
    if (prop != null && !prop.isBlank()) {
      return Optional.of(Paths.get(prop));
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("gold");
      if (hasGold(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean hasGold(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + GoldLoader.SUFFIX)) {
      return s.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }
}
