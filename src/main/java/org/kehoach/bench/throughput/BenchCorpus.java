package org.kehoach.bench.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kehoach.bench.SampleFiles;

/**
 * A benchmark corpus: {@code copies} copies of the sample files of the chosen extensions, each copy in its own
 * folder ({@code copy-01/…}) so that file names repeat as they do in a real archive.
 */
final class BenchCorpus {
  private BenchCorpus() {}

  /**
   * Copies the matching samples into {@code target}; returns every file made.
   *
   * @param extensions suffixes such as {@code .txt}, {@code .docx}, {@code .pdf} (a {@code .scan.pdf} never
   *     counts as {@code .pdf}, nor a {@code .tcvn3.txt} as {@code .txt})
   */
  static List<Path> build(Path samples, List<String> extensions, int copies, Path target) throws IOException {
    Objects.requireNonNull(samples, "samples");
    if (copies < 1) {
      throw new IllegalArgumentException("copies must be at least 1, got " + copies);
    }
    List<Path> originals = SampleFiles.list(samples, extensions);
    if (originals.isEmpty()) {
      throw new IllegalArgumentException("no sample file with " + extensions + " in " + samples);
    }
    List<Path> made = new ArrayList<>();
    for (int c = 1; c <= copies; c++) {
      Path dir = Files.createDirectories(target.resolve(String.format(java.util.Locale.ROOT, "copy-%02d", c)));
      for (Path f : originals) {
        made.add(Files.copy(f, dir.resolve(f.getFileName().toString())));
      }
    }
    return made;
  }
}
