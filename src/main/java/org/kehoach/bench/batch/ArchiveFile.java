package org.kehoach.bench.batch;

import java.util.Objects;

/**
 * One file of a generated archive and the outcome {@code kehoach parse} must give it.
 *
 * @param path the file's path under the archive folder, '/' between folders
 * @param expected {@link #PARSED} or a failure code ({@code CORRUPT} …)
 * @param kind what the file is: the sample it copies ({@code 2014_ha-nam.pdf}), a variant of one
 *     ({@code 2014_ha-nam.pdf+comment}), or a {@link BrokenKind} name
 */
record ArchiveFile(String path, String expected, String kind) {
  /** The outcome of a file that must be parsed. */
  static final String PARSED = "PARSED";

  ArchiveFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(kind, "kind");
    if (path.startsWith("/") || path.contains("\\") || path.contains("\t") || kind.contains("\t")) {
      throw new IllegalArgumentException("expected a relative path with '/' and no tab, got '" + path + "'");
    }
  }

  boolean parsed() {
    return expected.equals(PARSED);
  }
}
