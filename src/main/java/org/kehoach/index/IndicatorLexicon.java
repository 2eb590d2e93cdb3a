package org.kehoach.index;

import java.util.List;
import java.util.Optional;
import org.kehoach.model.Direction;

/**
 * What search and comparison need to know about canonical indicators: which ones a query names (by any
 * synonym), and which way each is better. {@link GazetteerLexicon} answers from the indicator gazetteer.
 * Implementations are immutable and thread-safe.
 */
public interface IndicatorLexicon {
  /** The ids of the indicators {@code query} names by name or synonym, best first; empty when none. */
  List<String> named(String query);

  /** Which way the indicator is better, when the indicator is known. */
  Optional<Direction> better(String indicatorId);

  /** The indicator's name for people ("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"), when it is known. */
  Optional<String> name(String indicatorId);

  /** A lexicon that knows no indicator. */
  static IndicatorLexicon none() {
    return new IndicatorLexicon() {
      @Override
      public List<String> named(String query) {
        return List.of();
      }

      @Override
      public Optional<Direction> better(String indicatorId) {
        return Optional.empty();
      }

      @Override
      public Optional<String> name(String indicatorId) {
        return Optional.empty();
      }
    };
  }
}
