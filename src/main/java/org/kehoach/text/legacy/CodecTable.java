package org.kehoach.text.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A legacy code table read from this package's resources: one entry per line, "HEX field field…", with
 * '#' comments. The codecs build their lookup arrays from it once.
 */
record CodecTable(List<Entry> entries) {
  /** One line: the byte and the remaining whitespace-separated fields. */
  record Entry(int code, List<String> fields) {
    Entry {
      fields = List.copyOf(fields);
    }
  }

  CodecTable {
    entries = List.copyOf(entries);
  }

  static CodecTable load(String resource) {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = CodecTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing code table resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\\s+");
        if (parts.length < 2) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected 'HEX value', found '" + t + "'");
        }
        int code = Integer.parseInt(parts[0], 16);
        if (code < 0x80 || code > 0xFF) {
          throw new IllegalStateException(resource + ":" + lineNo + ": byte must be 80..FF, found " + parts[0]);
        }
        out.add(new Entry(code, List.of(parts).subList(1, parts.length)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new CodecTable(out);
  }
}
