package org.kehoach.extract.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.extract.targets.ClauseSplitter.Clause;

class ClauseSplitterTest {
  private final VietTokenizer tokenizer = new VietTokenizer();
  private final ClauseSplitter splitter = new ClauseSplitter();

  /** Clauses as "first..last token" with ":" for a lead-in and "#" for a heading number. */
  private String clauses(String text) {
    List<CoreLabel> tokens = tokenizer.tokenize(text);
    return splitter.split(text, tokens).stream().map(c -> describe(text, tokens, c)).collect(Collectors.joining(" | "));
  }

  private static String describe(String text, List<CoreLabel> tokens, Clause c) {
    String s = text.substring(tokens.get(c.begin()).beginPosition(), tokens.get(c.end() - 1).endPosition());
    return s.replaceAll("\\s+", " ") + (c.leadIn() ? " :" : "") + (c.label() ? " #" : "");
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        // semicolons and colons end clauses; commas and decimal commas do not
        Arguments.of("Chỉ tiêu 3: giảm A xuống 6,5; giảm B xuống 09, C.",
            "Chỉ tiêu 3 : | giảm A xuống 6,5 | giảm B xuống 09, C"),
        // a hard-wrapped line goes on; a blank line or a bullet starts anew
        Arguments.of("giảm tỷ lệ xuống dưới\n3%\n\nTiêu đề\n- 93% trẻ em",
            "giảm tỷ lệ xuống dưới 3% | Tiêu đề | - 93% trẻ em"),
        // numbered headings: the number alone is a heading clause; a lettered item opens a clause
        Arguments.of("2. Mục tiêu cụ thể\n2.1. Về y tế\nc) Mục tiêu 3: giáo dục",
            "2 # | Mục tiêu cụ thể | 2.1 # | Về y tế | c) Mục tiêu 3 : | giáo dục"),
        // roman numerals head sections
        Arguments.of("I. MỤC TIÊU\nII. NHIỆM VỤ", "I # | MỤC TIÊU | II # | NHIỆM VỤ"));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void cutsAtClauseEndsNotAtCommas(String text, String expected) {
    assertEquals(expected, clauses(text));
  }
}
