package org.kehoach.model;

import java.util.Objects;

/**
 * A date something is due, or the end of a stated window.
 *
 * @param date ISO date
 * @param yearInferred the text gave only day and month; the year is the plan year
 * @param what what is due, e.g. "báo cáo 6 tháng", or {@code null}
 */
public record Deadline(String date, boolean yearInferred, String text, String what, Span span) {
  public Deadline {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
