package org.kehoach.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleGateTest {
  private final VietTokenizer tokenizer = new VietTokenizer();

  /** The windows as "word word | word" for reading. */
  private String windows(RuleGate gate, String text) {
    List<CoreLabel> tokens = tokenizer.tokenize(text);
    return gate.windows(tokens, i -> tokens.get(i).lemma().equals("chu")).stream()
        .map(w -> tokens.subList(w[0], w[1]).stream().map(CoreLabel::word).collect(Collectors.joining(" ")))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void coversTheReachAroundEachAnchor() {
    RuleGate colon = RuleGate.around(TokenTest.word(":"), 2, 0);
    assertEquals("chủ trì :", windows(colon, "Cơ quan chủ trì: Sở Y tế"));
    assertEquals("", windows(colon, "Sở Y tế chủ trì"));
    RuleGate after = RuleGate.around(TokenTest.lemma("giao"), 0, 1);
    assertEquals("Giao Sở | giao cho", windows(after, "Giao Sở Y tế, bàn giao cho xã"));
  }

  @Test
  void mergesReachesThatOverlapOrTouch() {
    RuleGate colon = RuleGate.around(TokenTest.word(":"), 1, 0);
    assertEquals("a : b :", windows(colon, "x a: b: y"));
    assertEquals("a : | c :", windows(colon, "x a: b c: y"));
  }

  @Test
  void dropsWindowsWithoutARequiredToken() {
    RuleGate gate = RuleGate.around(TokenTest.word(":"), 2, 0).requiring(TokenTest.lemma("tri"));
    assertEquals("Chủ trì :", windows(gate, "Ghi chú: xem. Chủ trì: Sở Y tế"));
  }

  @Test
  void ruleWordGatesKeepRunsOfAcceptedTokens() {
    assertEquals("chủ | chủ chủ", windows(RuleGate.ruleWords(), "chủ trì, chủ chủ nhật"));
  }

  @Test
  void everywhereIsOneWindowAndTakesNoConditions() {
    assertEquals("a b c", windows(RuleGate.everywhere(), "a b c"));
    assertEquals("", windows(RuleGate.everywhere(), " "));
    assertThrows(IllegalStateException.class, () -> RuleGate.everywhere().requiring(TokenTest.word(":")));
    assertThrows(IllegalArgumentException.class, () -> RuleGate.around(TokenTest.word(":"), -1, 0));
  }
}
