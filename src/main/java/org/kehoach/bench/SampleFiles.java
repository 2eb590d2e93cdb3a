package org.kehoach.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files of the sample corpus the benchmarks copy, chosen by suffix. */
public final class SampleFiles {
  private SampleFiles() {}

  /**
   * The files directly in {@code dir} named {@code <slug><suffix>} with a slug free of dots and one of the given
   * suffixes, sorted by name: {@code .pdf} matches {@code 2014_ha-nam.pdf} but not {@code 2014_ha-nam.scan.pdf},
   * {@code .txt} not {@code 2020_hong-ngu.tcvn3.txt}.
   */
  public static List<Path> list(Path dir, List<String> suffixes) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (suffixes.contains(suffix(f)) && Files.isRegularFile(f)) {
          found.add(f);
        }
      }
    }
    found.sort(null);
    return found;
  }

  /** The part of the file name from its first dot on ({@code .scan.pdf}); "" when there is none. */
  public static String suffix(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(dot) : "";
  }
}
