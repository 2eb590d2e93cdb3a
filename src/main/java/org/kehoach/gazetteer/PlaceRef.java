package org.kehoach.gazetteer;

import java.util.Objects;

/** A candidate unit for a place phrase, and how the phrase names it. */
public record PlaceRef(AdminUnit unit, NameKind via) {
  public PlaceRef {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(via, "via");
  }
}
