package org.kehoach.gazetteer;

import java.util.Objects;

/**
 * An indicator proposed for a phrase.
 *
 * @param indicator the indicator
 * @param synonym the indicator's name or synonym best covered by the phrase
 * @param score the similarity in [0, 1] used for ranking (see {@link IndicatorMatcher})
 * @param coverage the weighted share of that synonym's words and word pairs found in the phrase, in [0, 1]
 */
public record IndicatorMatch(Indicator indicator, String synonym, double score, double coverage) {
  public IndicatorMatch {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(synonym, "synonym");
  }
}
