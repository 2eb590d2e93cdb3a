package org.kehoach.app.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A named table of an export: a header and rows of {@link String}, {@link Number}, {@link Boolean} or
 * {@code null} cells, so numbers stay numbers in the spreadsheet.
 */
record Table(String name, List<String> header, List<List<Object>> rows) {
  Table {
    Objects.requireNonNull(name, "name");
    header = List.copyOf(header);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != header.size()) {
        throw new IllegalArgumentException("table " + name + ": a row has " + r.size() + " cells, the header "
            + header.size());
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = Collections.unmodifiableList(copy);
  }
}
