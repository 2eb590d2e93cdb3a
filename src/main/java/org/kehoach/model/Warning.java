package org.kehoach.model;

import java.util.Objects;

/** A non-fatal problem found in a plan, with a stable code (INVALID_DATE, BUDGET_SUM_MISMATCH …). */
public record Warning(String code, String message, Span span) {
  public Warning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
