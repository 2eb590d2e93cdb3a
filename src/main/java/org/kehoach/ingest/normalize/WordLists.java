package org.kehoach.ingest.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the word lists and tables this package keeps as resources next to its classes (UTF-8, {@code #}
 * starts a comment line, blank lines ignored). A missing resource is a packaging bug, reported as such.
 */
final class WordLists {
  private WordLists() {}

  /** The non-comment lines of a resource, stripped of surrounding spaces. */
  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    for (String raw : rawLines(resource)) {
      String s = raw.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** The whitespace-separated words of a resource. */
  static List<String> words(String resource) {
    List<String> out = new ArrayList<>();
    for (String line : lines(resource)) {
      for (String w : line.split("\\s+")) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  /** A two-column table: key, a tab, then the value exactly as written (it may be a space or empty). */
  static Map<String, String> table(String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : rawLines(resource)) {
      if (raw.isBlank()) {
        continue;
      }
      int tab = raw.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException(
            "resource " + resource + ": expected 'key<TAB>value', found '" + raw + "'");
      }
      out.put(raw.substring(0, tab), raw.substring(tab + 1));
    }
    return Map.copyOf(out);
  }

  private static List<String> rawLines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return out;
  }
}
