package org.kehoach.extract.metadata;

import org.kehoach.model.Period;

/**
 * The time a plan covers: one year, or a period of years; at most one of them is set.
 *
 * @param year the plan year, or {@code null}
 * @param period the period, or {@code null}
 */
record PlanTime(Integer year, Period period) {
  static final PlanTime NONE = new PlanTime(null, null);

  PlanTime {
    if (year != null && period != null) {
      throw new IllegalArgumentException("a plan time is a year or a period, not both");
    }
  }

  boolean isEmpty() {
    return year == null && period == null;
  }
}
