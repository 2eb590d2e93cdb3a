package org.kehoach.extract.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 word-list resource: one entry per line, tab-separated cells, blank lines and lines starting
 * with {@code #} skipped, text NFC-normalised. A row with the wrong number of cells is an error naming the
 * resource and the line.
 */
final class ResourceLines {
  private ResourceLines() {}

  /** One row: its 1-based line number and its cells. */
  record Row(String resource, int line, List<String> cells) {
    String cell(int i) {
      return cells.get(i);
    }

    /** "resource:line", for error messages. */
    String where() {
      return resource + ":" + line;
    }
  }

  static List<Row> read(String resource, int columns) {
    InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("word list not found on the classpath: " + resource);
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (String c : t.split("\t", -1)) {
          cells.add(c.strip());
        }
        if (cells.size() != columns) {
          throw new IllegalArgumentException(resource + ":" + n + ": expected " + columns + " tab-separated cells, found "
              + cells.size() + " in '" + t + "'");
        }
        rows.add(new Row(resource, n, List.copyOf(cells)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return List.copyOf(rows);
  }
}
