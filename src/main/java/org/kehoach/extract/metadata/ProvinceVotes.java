package org.kehoach.extract.metadata;

import java.util.Map;
import java.util.Objects;

/**
 * How often each province is named in a plan's whole text, itself or through one of its districts (see
 * {@link PlaceMentions#provinceVotes}), counted on first use: only a choice between same-named units of
 * different provinces asks, and scanning the whole text for places is the costly part of reading metadata.
 * One per document and call; not thread-safe.
 */
final class ProvinceVotes {
  private final PlaceMentions mentions;
  private final String text;
  private Map<String, Integer> votes;

  ProvinceVotes(PlaceMentions mentions, String text) {
    this.mentions = Objects.requireNonNull(mentions, "mentions");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The votes of the province with this code; 0 when the text never names it. */
  int of(String provinceCode) {
    if (votes == null) {
      votes = mentions.provinceVotes(text);
    }
    return votes.getOrDefault(provinceCode, 0);
  }
}
