package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A gold {@code match}: one phrase, or a list of alternative phrases, any of which must be contained in the
 * folded predicted text. Phrases are folded again on load (the fold is idempotent) so hand-written gold with
 * diacritics or capitals works too. An absent {@code match} is {@link #ANY}, which every text contains.
 */
record Phrase(List<String> alternatives) {
  static final Phrase ANY = new Phrase(List.of());

  Phrase {
    alternatives = List.copyOf(alternatives);
  }

  /**
   * Reads a string or an array of strings.
   *
   * @param where the item's location in the gold, for the error message
   * @throws IllegalArgumentException when the node is neither, or a phrase is empty
   */
  static Phrase of(JsonNode node, String where) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return ANY;
    }
    List<String> alts = new ArrayList<>();
    if (node.isTextual()) {
      alts.add(node.asText());
    } else if (node.isArray() && node.size() > 0) {
      for (JsonNode a : node) {
        if (!a.isTextual()) {
          throw new IllegalArgumentException(where + ": expected a phrase, found " + a);
        }
        alts.add(a.asText());
      }
    } else {
      throw new IllegalArgumentException(where + ": expected a phrase or a non-empty list of phrases, found " + node);
    }
    List<String> folded = alts.stream().map(MatchKeys::fold).collect(Collectors.toList());
    if (folded.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException(where + ": empty phrase in " + node);
    }
    return new Phrase(folded);
  }

  /** Whether the already folded text contains this phrase or one of its alternatives. */
  boolean foundIn(String folded) {
    if (alternatives.isEmpty()) {
      return true;
    }
    return folded != null && alternatives.stream().anyMatch(folded::contains);
  }

  @Override
  public String toString() {
    if (alternatives.isEmpty()) {
      return "(any)";
    }
    return alternatives.size() == 1 ? "'" + alternatives.get(0) + "'" : "['" + String.join("' | '", alternatives) + "']";
  }
}
