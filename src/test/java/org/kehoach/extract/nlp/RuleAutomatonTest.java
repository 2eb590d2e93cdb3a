package org.kehoach.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleAutomatonTest {
  private final VietTokenizer tokenizer = new VietTokenizer();

  private static List<NodePattern<CoreMap>> starts(String pattern) {
    RuleAutomaton a = RuleAutomaton.of(TokenSequencePattern.compile(pattern));
    return a == null ? null : a.starts();
  }

  private boolean anyAccepts(List<NodePattern<CoreMap>> starts, String word) {
    CoreLabel token = tokenizer.tokenize(word).get(0);
    return starts.stream().anyMatch(p -> p.match(token));
  }

  @Test
  void aMandatoryFirstTokenIsTheOnlyStart() {
    List<NodePattern<CoreMap>> s = starts("[{lemma:\"tu\"}] [{lemma:\"ngay\"}]? [{shape:\"NUMBER\"}]+");
    assertNotNull(s);
    assertEquals(1, s.size());
    assertTrue(anyAccepts(s, "từ"));
    assertTrue(!anyAccepts(s, "ngày") && !anyAccepts(s, "10"));
  }

  @Test
  void anOptionalOrAlternativeOpeningAddsItsFollowers() {
    List<NodePattern<CoreMap>> s = starts("(?: [{lemma:\"do\"}]? | [{word:\"(\"}] ) [{lemma:\"so\"}] [{lemma:\"y\"}]");
    assertNotNull(s);
    assertTrue(anyAccepts(s, "do") && anyAccepts(s, "(") && anyAccepts(s, "Sở"));
    assertTrue(!anyAccepts(s, "y"));
  }

  @Test
  void aPatternThatCanMatchNothingHasNoKnownStart() {
    assertNull(starts("[{lemma:\"va\"}]*"));
    assertNull(starts("[{lemma:\"va\"}]? [{lemma:\"hoac\"}]?"));
  }

  @Test
  void theAutomatonFindsAMatchExactlyWhereTokensRegexDoes() {
    String[] words = {"từ", "ngày", "10", "đến", "hết", "và", ",", "trước", "chậm", "nhất", "là", "Sở", "do", "("};
    String pattern = "(?: [{lemma:\"tu\"}] | [{lemma:/cham|muon/}] [{lemma:\"nhat\"}] )? [{lemma:\"la\"}]{0,2}"
        + " (?: [{lemma:\"ngay\"}] [{shape:\"NUMBER\"}] )+ (?: [{word:\",\"}] [{lemma:\"va\"}]? [{shape:\"NUMBER\"}] )*";
    assertSameAsTokensRegex(pattern, words, 20);
  }

  @Test
  void longRepetitionsAreUnrolledAndFindWhatTokensRegexFinds() {
    String[] words = {"Luật", "Trẻ", "em", "số", "10", "/", "KH", ",", "của", "tỉnh", "và", "năm"};
    String any = "[!{shape:\"PUNCT\"} & !{lemma:\"so\"}]";
    for (String pattern : List.of(
        "[{lemma:\"luat\"}] " + any + "{1,10} [{lemma:\"so\"}] [{shape:\"NUMBER\"}]",
        "[{lemma:\"luat\"}] (?: " + any + " [{lemma:/em|cua|va/}]? ){2,7} [{lemma:\"so\"}]",
        "[{lemma:\"so\"}] " + any + "{6,} [{word:\",\"}]?",
        "[{lemma:\"so\"}] " + any + "{0,8} [{shape:\"NUMBER\"}]")) {
      assertNotNull(RuleAutomaton.of(TokenSequencePattern.compile(pattern)), pattern);
      assertSameAsTokensRegex(pattern, words, 30);
    }
  }

  @Test
  void theSequenceEndHoldsOnlyAfterTheLastTokenAsInTokensRegex() {
    String[] words = {"300", "1,5", "triệu", "tỷ", "đồng", ".", "Tổng", ":", "và"};
    for (String pattern : List.of(
        "[{shape:\"NUMBER\"}] [{lemma:/trieu|ty/}] $",
        "[{shape:\"NUMBER\"}] [{lemma:/trieu|ty/}]? [{lemma:\"dong\"}]? $",
        "[{lemma:\"tong\"}] [!{lemma:\"va\"}]* $")) {
      assertNotNull(RuleAutomaton.of(TokenSequencePattern.compile(pattern)), pattern);
      assertSameAsTokensRegex(pattern, words, 12);
    }
    assertNull(RuleAutomaton.of(TokenSequencePattern.compile("^ [{lemma:\"tong\"}]")));
  }

  @Test
  void aGreedyTrailingRunEndsWhereTokensRegexEndsIt() {
    String[] words = {"đến", "hết", "ngày", "10", "11", "2025", "và", ",", "tháng", "trước", "Sở"};
    String number = "[{shape:\"NUMBER\"}]";
    for (String pattern : List.of(
        "[{lemma:/den|truoc/}] [{lemma:\"het\"}]? [{lemma:\"ngay\"}]? " + number + "+",
        "[{lemma:\"den\"}] (?: " + number + "+ ) (?: [{lemma:\"va\"}] " + number + "+ )*",
        "[{lemma:/den|het/}]{0,2} [{lemma:\"ngay\"}]? " + number + "* [!{shape:\"PUNCT\"}]?",
        "[{lemma:\"den\"}] (?: " + number + " | [{lemma:\"ngay\"}] " + number + " )+",
        "[{lemma:\"den\"}] " + number + "+? [{lemma:\"thang\"}]?",
        "[{lemma:\"den\"}] " + number + "{1,9} [{lemma:\"va\"}]?",
        "[{lemma:/den|truoc/}] [{lemma:\"het\"}]? (?: [{lemma:\"ngay\"}] " + number + "? )? [{lemma:\"thang\"}]?",
        "(?: [{lemma:\"den\"}] [{lemma:\"het\"}]? | [{lemma:\"truoc\"}] [{lemma:\"ngay\"}]? ) " + number + "?",
        "[{lemma:\"den\"}] (?: [{lemma:\"het\"}] | [{lemma:\"het\"}] [{lemma:\"ngay\"}] ) " + number + "??")) {
      if (RuleAutomaton.of(TokenSequencePattern.compile(pattern)) != null) {
        assertSameAsTokensRegex(pattern, words, 25);
      } else {
        System.out.println("RuleAutomatonTest: no automaton for " + pattern);
      }
    }
  }

  @Test
  void theLongestOfATrailingRunIsKnownWithoutTokensRegex() {
    RuleAutomaton a = RuleAutomaton.of(TokenSequencePattern.compile("[{lemma:\"den\"}] [{shape:\"NUMBER\"}]+"));
    assertNotNull(a);
    List<CoreLabel> tokens = tokenizer.tokenize("đến 10 11 2025 và");
    assertEquals(4, a.end(tokens, 0, tokens.size()));
    RuleAutomaton reluctant = RuleAutomaton.of(TokenSequencePattern.compile("[{lemma:\"den\"}] [{shape:\"NUMBER\"}]+?"));
    assertNotNull(reluctant);
    assertEquals(RuleAutomaton.SEVERAL, reluctant.end(tokens, 0, tokens.size()));
    RuleAutomaton optional = RuleAutomaton.of(TokenSequencePattern.compile("[{lemma:\"den\"}] (?: [{lemma:\"ngay\"}] [{shape:\"NUMBER\"}]? )?"));
    assertNotNull(optional);
    List<CoreLabel> day = tokenizer.tokenize("đến ngày 10 và");
    assertEquals(3, optional.end(day, 0, day.size()));
  }

  @Test
  void aRepetitionWhoseBodyCanMatchNothingIsNotRead() {
    assertNull(RuleAutomaton.of(TokenSequencePattern.compile("[{lemma:\"so\"}] (?: [{lemma:\"va\"}]? ){1,9} [{lemma:\"em\"}]")));
  }

  /**
   * On random sequences of {@code words}, the automaton finds a path from a token exactly where TokensRegex
   * finds a match starting there, the same end when all paths end together, and a start pattern accepts the
   * first token of every match.
   */
  private void assertSameAsTokensRegex(String pattern, String[] words, int maxWords) {
    TokenSequencePattern p = TokenSequencePattern.compile(pattern);
    RuleAutomaton a = RuleAutomaton.of(p);
    assertNotNull(a);
    List<NodePattern<CoreMap>> s = a.starts();
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int k = 0; k < 300; k++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0, n = 1 + random.nextInt(maxWords); i < n; i++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      List<CoreLabel> tokens = tokenizer.tokenize(text.toString());
      for (int i = 0; i < tokens.size(); i++) {
        TokenSequenceMatcher m = p.getMatcher(tokens);
        boolean found = m.find(i) && m.start() == i;
        int end = a.end(tokens, i, tokens.size());
        String where = "seed " + seed + ", " + pattern + ": " + text + " at " + i;
        assertEquals(found, end != RuleAutomaton.NONE, where);
        if (found && end >= 0) {
          assertEquals(m.end(), end, where);
        }
        if (found) {
          CoreLabel first = tokens.get(i);
          assertTrue(s.stream().anyMatch(n -> n.match(first)), where);
        }
      }
    }
  }

  @Test
  void theRulesOfThePlanExtractorsRunAsScansWithKnownStarts() {
    String[][] files = {
      {"org/kehoach/extract/legal/document-number.rules", "org/kehoach/extract/deadlines/deadlines.rules"},
      {"org/kehoach/extract/tasks/task-labels.rules"}, {"org/kehoach/extract/tasks/lead-phrasing.rules"},
      {"org/kehoach/extract/targets/values.rules"}, {"org/kehoach/extract/targets/cues.rules"},
      {"org/kehoach/extract/legal/document-number.rules", "org/kehoach/extract/legal/legal-basis.rules"}};
    for (String[] f : files) {
      int[] scanned = new RuleEngine(List.of(f), RuleGate.ruleWords()).scanned();
      System.out.println("RuleAutomatonTest " + f[f.length - 1] + " scans " + scanned[0] + ", starts known " + scanned[1]);
      assertTrue(scanned[0] > 0 && scanned[1] > 0, f[f.length - 1]);
    }
  }
}
