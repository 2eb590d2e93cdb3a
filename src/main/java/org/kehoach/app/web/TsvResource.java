package org.kehoach.app.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a classpath table of {@code key<TAB>text} lines (UTF-8; blank lines and {@code #} comments skipped). */
final class TsvResource {
  private TsvResource() {}

  static Map<String, String> load(String resource) {
    Map<String, String> map = new LinkedHashMap<>();
    try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalStateException(resource + " line " + lineNo + ": expected KEY<TAB>text, found: " + line);
        }
        if (map.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip()) != null) {
          throw new IllegalStateException(resource + " line " + lineNo + ": duplicate key " + line.substring(0, tab));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
