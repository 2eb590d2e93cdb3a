package org.kehoach.bench.batch;

import java.util.Objects;

/**
 * One verdict of the batch benchmark.
 *
 * @param name what was checked ("every input accounted for")
 * @param passed whether it held
 * @param detail the figures behind the verdict, or the first few things that were wrong
 */
record Check(String name, boolean passed, String detail) {
  Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
  }
}
