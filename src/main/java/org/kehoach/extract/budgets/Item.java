package org.kehoach.extract.budgets;

import java.util.List;

/**
 * One amount of a budget range as read, before grouping.
 *
 * @param labelStart where its label starts (after list markers and a preceding "trong đó:")
 * @param moneyStart where the digits start
 * @param end after the digits and currency, or after the amount in words when one follows
 * @param amount in đồng
 * @param wordsText the amount in words, or {@code null}
 * @param wordsAmount {@code wordsText} parsed, or {@code null}
 * @param marker the list marker of its statement ("+", "-", "NUM1", "LETTER", "TEXT"), or "INLINE" when
 *     it is not the first thing on its line
 * @param sources sources named with it
 * @param purpose its own label as a purpose, or {@code null}
 * @param targetCue a goal word ("đạt", "phấn đấu") stands in its label
 * @param opensParts a list of parts follows it
 */
record Item(int labelStart, int moneyStart, int end, long amount, String wordsText, Long wordsAmount,
    String marker, List<String> sources, String purpose, boolean targetCue, boolean opensParts) {
  Item {
    sources = List.copyOf(sources);
  }
}
