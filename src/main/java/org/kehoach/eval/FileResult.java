package org.kehoach.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The score of one prediction file against its gold.
 *
 * @param prediction file name of the prediction JSON
 * @param source {@code source.file} of the prediction
 * @param gold the gold document name ({@code doc})
 * @param parts the scored parts; a part the gold does not annotate is absent
 */
public record FileResult(
    String prediction, String source, String gold, MetadataResult metadata, Map<Part, PartResult> parts) {
  public FileResult {
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(metadata, "metadata");
    parts = parts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(parts));
  }
}
