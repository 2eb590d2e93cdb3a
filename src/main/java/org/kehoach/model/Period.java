package org.kehoach.model;

/** A multi-year period a plan covers: "giai đoạn 2021-2030". */
public record Period(int from, int to) {
  public Period {
    if (to < from) {
      throw new IllegalArgumentException("period must satisfy from <= to, got " + from + "-" + to);
    }
  }
}
