package org.kehoach.bench.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of a generated archive's files with their expected outcomes, kept as a tab-separated file beside
 * the archive ({@code path}, {@code expected}, {@code kind}; one header line), never inside it: parse would take
 * it for an input.
 */
record Manifest(List<ArchiveFile> files) {
  static final String HEADER = "path\texpected\tkind";

  Manifest {
    files = List.copyOf(files);
  }

  long parsedCount() {
    return files.stream().filter(ArchiveFile::parsed).count();
  }

  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    files.forEach(f -> lines.add(f.path() + "\t" + f.expected() + "\t" + f.kind()));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
