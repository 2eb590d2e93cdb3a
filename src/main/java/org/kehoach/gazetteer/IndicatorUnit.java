package org.kehoach.gazetteer;

import java.util.Optional;

/** The unit an indicator is measured in; {@link #code()} is the value used in the output schema. */
public enum IndicatorUnit {
  PERCENT("percent"),
  PER_1000("per_1000"),
  PER_100000("per_100000"),
  VND("vnd"),
  COUNT("count");

  private final String code;

  IndicatorUnit(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<IndicatorUnit> fromCode(String code) {
    for (IndicatorUnit u : values()) {
      if (u.code.equals(code)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}
