package org.kehoach.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
  private static final String LABELS = "org/kehoach/extract/tasks/task-labels.rules";
  private static final String LEADS = "org/kehoach/extract/tasks/lead-phrasing.rules";
  private final VietTokenizer tokenizer = new VietTokenizer();

  private List<RuleMatch> match(RuleEngine engine, String text) {
    return engine.match(tokenizer.tokenize(text));
  }

  @Test
  void findsWhatTheWholeExtractorFinds() {
    String text = "1. Tuyên truyền.\n- Cơ quan, đơn vị phối hợp thực hiện: các xã; Thời gian: Quý II; Kinh phí dự kiến: 10";
    List<RuleMatch> got = match(new RuleEngine(LABELS, RuleGate.around(TokenTest.word(":"), 12, 0)).verifying(), text);
    assertEquals(List.of("PARTNER", "TIMELINE", "OTHER"), got.stream().map(RuleMatch::kind).toList());
    RuleMatch partner = got.get(0);
    assertEquals("Cơ quan, đơn vị phối hợp thực hiện:", text.substring(partner.charBegin(), partner.charEnd()));
    assertEquals("Cơ", tokenizer.tokenize(text).get(partner.tokenBegin()).word());
  }

  @Test
  void aGateThatDropsAMatchIsCaughtWhenVerifying() {
    RuleEngine tooNarrow = new RuleEngine(LABELS, RuleGate.around(TokenTest.word(":"), 2, 0)).verifying();
    assertThrows(IllegalStateException.class, () -> match(tooNarrow, "Cơ quan chủ trì thực hiện: Sở Y tế"));
    RuleEngine wrongWord = new RuleEngine(LABELS, RuleGate.around(TokenTest.word(";"), 12, 0)).verifying();
    assertThrows(IllegalStateException.class, () -> match(wrongWord, "Thời gian thực hiện: năm 2025"));
  }

  @Test
  void aRuleRequirementThatDropsAMatchIsCaughtWhenVerifying() {
    RuleGate wrong = RuleGate.around(TokenTest.word(":"), 12, 0).requiringIn("lead", TokenTest.lemma("phoi"));
    assertThrows(IllegalStateException.class, () -> match(new RuleEngine(LABELS, wrong).verifying(), "Cơ quan chủ trì: Sở Y tế"));
    RuleGate right = RuleGate.around(TokenTest.word(":"), 12, 0).requiringIn("lead", TokenTest.lemma("chu"));
    assertEquals(List.of("LEAD"), match(new RuleEngine(LABELS, right).verifying(), "Cơ quan chủ trì: Sở Y tế").stream()
        .map(RuleMatch::kind).toList());
  }

  @Test
  void aGateNamingARuleTheFileDoesNotHaveIsRejected() {
    RuleGate gate = RuleGate.around(TokenTest.word(":"), 12, 0).requiringIn("no-such-rule", TokenTest.word(":"));
    assertThrows(IllegalArgumentException.class, () -> match(new RuleEngine(LABELS, gate), "Chủ trì: Sở Y tế"));
  }

  @Test
  void rulesRunOnlyOnTheirOwnWordsAndStillResolveOverlaps() {
    // "Giao Sở Y tế" (GIAO) lies inside "Sở Y tế chủ trì" (SUBJECT_LEAD, higher priority) only partly: the
    // overlap is resolved by priority across rules that each ran on their own words
    RuleEngine leads = new RuleEngine(LEADS, RuleGate.everywhere()).verifying();
    List<edu.stanford.nlp.ling.CoreLabel> tokens = tokenizer.tokenize("Giao Sở Y tế chủ trì, phối hợp với Phòng Y tế thực hiện");
    for (int i : new int[] {1, 2, 3, 9, 10, 11}) {
      tokens.get(i).setNER("AGENCY");
    }
    assertEquals(List.of("SUBJECT_LEAD", "PARTNER"), leads.match(tokens).stream().map(RuleMatch::kind).toList());
  }

  @Test
  void rulesWithSequenceAnchorsTakeNoGate() {
    String budgets = "org/kehoach/extract/budgets/budgets.rules";
    assertThrows(IllegalArgumentException.class, () -> new RuleEngine(budgets, RuleGate.ruleWords()));
    RuleEngine whole = new RuleEngine(budgets).verifying();
    assertEquals(List.of("FUNDING_WORDS", "MONEY"), match(whole, "Tổng: 300 triệu").stream().map(RuleMatch::kind).toList());
    // every rule, the one anchored with $ too, runs as a scan
    assertEquals(11, whole.scanned()[0]);
    assertEquals(List.of("MONEY", "MONEY"), match(whole, "300 triệu, 200 triệu").stream().map(RuleMatch::kind).toList());
  }

  @Test
  void rulesWhoseResultTakesTheMatchedTextRunAsScansAndFindWhatTheExtractorFinds() {
    RuleEngine legal = new RuleEngine(List.of("org/kehoach/extract/legal/document-number.rules",
        "org/kehoach/extract/legal/legal-basis.rules"), RuleGate.everywhere()).verifying();
    assertEquals(3, legal.scanned()[0]);
    assertEquals(3, legal.scanned()[1]);
    String[] words = {"Luật", "Kế hoạch", "Trẻ em", "phê duyệt", "số", "Số", ":", "56/KH - UBND", "102/2016/QH13",
        "26-NQ/TU", "2011-2015", "KH", "TE&BDG", "ngày", ",", ";", "và", "(", "của", "tỉnh", "năm"};
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int found = 0;
    for (int k = 0; k < 400; k++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      List<CoreLabel> tokens = tokenizer.tokenize(text.toString());
      for (CoreLabel t : tokens) {
        if (List.of("luat", "ke", "hoach").contains(t.lemma()) && random.nextInt(5) > 0) {
          t.setNER("DOCTYPE");
        }
      }
      // verifying: throws when the matches differ from the whole extractor's on the whole sequence
      List<RuleMatch> got = legal.match(tokens);
      found += got.size();
      for (RuleMatch m : got) {
        assertEquals("REF", m.kind(), "seed " + seed + ": " + text);
        assertEquals(3, m.result().size(), "seed " + seed + ": " + text);
      }
    }
    assertTrue(found > 0, "seed " + seed + ": random texts held no citation");
  }

  @Test
  void unknownResourcesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RuleEngine("org/kehoach/none.rules"));
  }
}
