package org.kehoach.model;

import java.util.Objects;

/** The body that issued the plan, as named in its header, and its administrative level. */
public record Issuer(String name, IssuerLevel level) {
  public Issuer {
    Objects.requireNonNull(level, "level");
  }

  public static Issuer unknown() {
    return new Issuer(null, IssuerLevel.UNKNOWN);
  }
}
