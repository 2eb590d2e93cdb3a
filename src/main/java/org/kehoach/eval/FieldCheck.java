package org.kehoach.eval;

import java.util.Objects;

/** One scored metadata field: whether it was right, and both values as JSON text for the report. */
public record FieldCheck(MetadataField field, boolean correct, String gold, String predicted) {
  public FieldCheck {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
  }
}
