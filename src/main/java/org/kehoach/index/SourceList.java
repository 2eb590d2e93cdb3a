package org.kehoach.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The source files of a plan version as one doc value, one "sha256 TAB format TAB file" line each, primary
 * first. A doc value rather than a query at search time, so showing 50 plans costs no extra lookups; it is
 * updated in place when a file joins or leaves the version.
 */
final class SourceList {
  private SourceList() {}

  static BytesRef encode(List<Catalog.Source> sources) {
    StringBuilder sb = new StringBuilder();
    for (Catalog.Source s : sources) {
      sb.append(s.sha()).append('\t').append(s.format()).append('\t').append(clean(s.file())).append('\n');
    }
    return new BytesRef(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  static List<PlanInfo.SourceRef> decode(byte[] bytes) {
    List<PlanInfo.SourceRef> out = new ArrayList<>();
    if (bytes == null) {
      return out;
    }
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      String[] parts = line.split("\t", 3);
      if (parts.length == 3) {
        out.add(new PlanInfo.SourceRef(parts[2], parts[1], parts[0]));
      }
    }
    return out;
  }

  /** File names come from the JSON: a tab or line break in one must not break the list. */
  private static String clean(String file) {
    return file.replace('\t', ' ').replace('\n', ' ');
  }
}
