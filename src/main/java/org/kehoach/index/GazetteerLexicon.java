package org.kehoach.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.gazetteer.Indicator;
import org.kehoach.gazetteer.IndicatorMatch;
import org.kehoach.gazetteer.IndicatorMatcher;
import org.kehoach.model.Direction;

/**
 * The {@link IndicatorLexicon} of the indicator gazetteer. A query names an indicator when the gazetteer's
 * matcher scores it at least {@code minScore} with at least {@code minCoverage} of one synonym present:
 * "tiem chung" and "tiêm đủ 8 loại vắc xin" name full immunisation, "trẻ em" or "giảm" name nothing.
 * Immutable and thread-safe.
 */
public final class GazetteerLexicon implements IndicatorLexicon {
  /** Default least matcher score for a query to name an indicator. */
  public static final double DEFAULT_MIN_SCORE = 0.6;
  /** Default least coverage of a synonym by the query. */
  public static final double DEFAULT_MIN_COVERAGE = 0.5;

  private static final int MAX_NAMED = 3;

  private final IndicatorMatcher matcher;
  private final double minScore;
  private final double minCoverage;

  public GazetteerLexicon(IndicatorMatcher matcher, double minScore, double minCoverage) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.minScore = minScore;
    this.minCoverage = minCoverage;
  }

  public static GazetteerLexicon of(Gazetteers gazetteers) {
    return new GazetteerLexicon(gazetteers.indicators(), DEFAULT_MIN_SCORE, DEFAULT_MIN_COVERAGE);
  }

  @Override
  public List<String> named(String query) {
    List<String> out = new ArrayList<>();
    if (query == null || query.isBlank()) {
      return out;
    }
    for (IndicatorMatch m : matcher.rank(query, MAX_NAMED)) {
      if (m.score() >= minScore && m.coverage() >= minCoverage) {
        out.add(m.indicator().id());
      }
    }
    return out;
  }

  @Override
  public Optional<Direction> better(String indicatorId) {
    return matcher.byId(indicatorId).map(i -> Direction.valueOf(i.better().name()));
  }

  @Override
  public Optional<String> name(String indicatorId) {
    return matcher.byId(indicatorId).map(Indicator::name);
  }
}
