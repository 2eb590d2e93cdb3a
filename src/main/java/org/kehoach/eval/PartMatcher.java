package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Scores one {@link Part} of a prediction against the gold. Implementations are stateless and thread-safe.
 */
interface PartMatcher {
  Part part();

  /**
   * Scores the part.
   *
   * @param gold the gold tree of one document
   * @param prediction the prediction tree; missing or malformed lists read as empty
   * @return the result, or empty when the gold does not annotate this part (no key), so it is not scored
   * @throws IllegalArgumentException when the gold part is malformed; the message names the item
   */
  Optional<PartResult> match(JsonNode gold, JsonNode prediction);
}
