package org.kehoach.index.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named table: a header and rows of typed cells ({@link String}, {@link Number}, {@link Boolean} or
 * {@code null} for an empty cell). Numbers stay numbers, so CSV writes them plainly and XLSX as numeric cells.
 */
public record Sheet(String name, List<String> header, List<List<Object>> rows) {
  public Sheet {
    Objects.requireNonNull(name, "name");
    header = List.copyOf(header);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != header.size()) {
        throw new IllegalArgumentException(
            "sheet " + name + ": a row has " + r.size() + " cells, the header " + header.size());
      }
      for (Object cell : r) {
        if (cell != null && !(cell instanceof String || cell instanceof Number || cell instanceof Boolean)) {
          throw new IllegalArgumentException("sheet " + name + ": unsupported cell type " + cell.getClass());
        }
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = java.util.Collections.unmodifiableList(copy);
  }
}
