package org.kehoach.extract.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.extract.value.VietDates;

/**
 * {@link DatedParagraph} decides from plain tokens what the extractor once decided on CoreNLP tokens: which
 * tokens lie inside a date, and whether a due-date cue stands close enough before one; and it runs the rules
 * piece by piece rather than on the whole paragraph. All are compared here with the straightforward way
 * (tokenise, tag the dates, walk the labels, run the rules on the whole paragraph), over every paragraph of
 * the corpus and of random texts made of dates, cues, document numbers, head nouns and their neighbours.
 */
class DatedParagraphTest {
  private static final String[] PIECES = {
    "trước", "Trước", "ngày", "10/5", "30/6/2024", "ngày 15 tháng 12 năm 2024", "15/3", "chậm nhất", "muộn nhất", "là",
    "hạn chót", "hạn", "thời hạn", "hoàn thành", "hoàn", "thời", "đến", "tới", "từ", "Từ", "hết", "-", "tính", "2996/QĐ-UBND",
    "báo cáo", "Báo cáo", "kế hoạch", "hồ sơ", "dự toán", "đề xuất", "để", "Ke", "gửi", "17", "giờ", ",", ":", "a", "b", "c",
    "d", "e", "f", "g", "\n", "\n\n", "\n \n", "năm 2025", ".", "Quyết định", "số", "43/KH-UBND", "UBND", "QĐ", "/", "-",
    "và", "hoặc", "xong", "vào", "16h00", "phút", "hạn nộp", "kéo dài", "(", ")"};

  private final VietTokenizer tokenizer = new VietTokenizer();
  private final RuleEngine rules =
      new RuleEngine(List.of(DeadlineExtractor.NUMBER_RULES, DeadlineExtractor.RULES), DeadlineExtractor.GATE);

  /** The tokens of {@code [from, to)} tagged the old way: a token wholly inside a date gets ner DATE. */
  private List<CoreLabel> tagged(String text, int from, int to, List<VietDates.Found> dates) {
    List<CoreLabel> tokens = tokenizer.tokenize(text, from, to);
    for (CoreLabel t : tokens) {
      for (VietDates.Found d : dates) {
        if (d.start() <= t.beginPosition() && t.endPosition() <= d.end()) {
          t.setNER(DeadlineExtractor.DATE);
        }
      }
    }
    return tokens;
  }

  /** The old test on labels: a due cue at most 10 tokens, or a window cue at most 3, before a date token. */
  private static boolean canHold(List<CoreLabel> tokens) {
    Set<String> due = Set.of("truoc", "cham", "muon", "han", "thoi", "hoan");
    Set<String> window = Set.of("tu", "den", "toi");
    for (int i = 0; i < tokens.size(); i++) {
      if (DeadlineExtractor.DATE.equals(tokens.get(i).ner())) {
        for (int j = Math.max(0, i - 10); j < i; j++) {
          String lemma = tokens.get(j).lemma();
          if (due.contains(lemma) || window.contains(lemma) && i - j <= 3) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void check(String text) {
    List<VietDates.Found> dates = VietDates.find(text);
    for (int[] p : GateTexts.paragraphs(text)) {
      DatedParagraph paragraph = new DatedParagraph(tokenizer.tokens(text, p[0], p[1]), dates);
      List<CoreLabel> expected = tagged(text, p[0], p[1], dates);
      assertEquals(canHold(expected), paragraph.canHoldDeadline(), text);
      List<String> whole = described(rules.match(expected));

      DatedParagraph byDates = new DatedParagraph(tokenizer.tokens(text, p[0], p[1]), dates);
      byDates.matchDates(rules);
      // the matches giving due dates, and the due dates left once citations and cut-offs took theirs out
      List<RuleMatch> all = rules.match(expected);
      assertEquals(described(giving(all)), described(giving(byDates.found())), text);
      assertEquals(dueDates(dates, all), dueDates(dates, byDates.found()), text);
      byDates.matchOverlapping(rules, p[0], p[1]);
      assertEquals(whole, described(byDates.found()), text);

      paragraph.matchWhole(rules);
      List<CoreLabel> labels = paragraph.labels();
      assertEquals(expected.size(), labels.size(), text);
      for (int i = 0; i < labels.size(); i++) {
        assertEquals(expected.get(i).ner(), labels.get(i).ner(), text);
        assertEquals(expected.get(i).lemma(), labels.get(i).lemma(), text);
      }
      assertEquals(rules.match(expected), paragraph.found(), text);
    }
  }

  private static final Set<String> GIVING = Set.of("DUE", "WINDOW", "UNTIL");

  private static List<RuleMatch> giving(List<RuleMatch> matches) {
    return matches.stream().filter(m -> GIVING.contains(m.kind())).toList();
  }

  /** The starts of the dates inside a match giving due dates and inside no citation or cut-off. */
  private static List<Integer> dueDates(List<VietDates.Found> dates, List<RuleMatch> matches) {
    List<Integer> out = new ArrayList<>();
    for (VietDates.Found d : dates) {
      boolean due = false;
      boolean excluded = false;
      for (RuleMatch m : matches) {
        boolean in = m.charBegin() <= d.start() && d.end() <= m.charEnd();
        due |= in && GIVING.contains(m.kind());
        excluded |= in && (m.kind().equals("CITED") || m.kind().equals("CUTOFF"));
      }
      if (due && !excluded) {
        out.add(d.start());
      }
    }
    return out;
  }

  /** Matches without their token offsets, which count from the start of the tokens the rules ran on. */
  private static List<String> described(List<RuleMatch> matches) {
    return matches.stream().map(m -> m.kind() + " " + m.charBegin() + "-" + m.charEnd()).toList();
  }

  @Test
  void corpusParagraphsAreTaggedAndJudgedAsOnTaggedLabels() {
    for (String text : GateTexts.corpus()) {
      check(text);
    }
  }

  @Test
  void randomParagraphsAreTaggedAndJudgedAsOnTaggedLabels() {
    long seed = System.nanoTime();
    System.out.println("DatedParagraphTest seed " + seed);
    for (String text : GateTexts.random(new Random(seed), PIECES, 1500, 40)) {
      check(text);
    }
  }

  @Test
  void aCueTooFarBeforeItsDateDoesNotCount() {
    String near = "trước a b c d e f g h ngày 10/5";
    String far = "trước a b c d e f g h i ngày 10/5";
    assertTrue(paragraph(near).canHoldDeadline());
    assertFalse(paragraph(far).canHoldDeadline());
    assertTrue(paragraph("từ a ngày 10/5").canHoldDeadline());
    assertFalse(paragraph("từ a b ngày 10/5").canHoldDeadline());
    assertFalse(paragraph("ngày 10/5 trước").canHoldDeadline());
  }

  private DatedParagraph paragraph(String text) {
    return new DatedParagraph(tokenizer.tokens(text), VietDates.find(text));
  }

  @Test
  void onlyTokensWhollyInsideADateAreTagged() {
    String text = "trước ngày 10/5/2024 và 3";
    DatedParagraph p = paragraph(text);
    p.matchWhole(rules);
    List<String> tagged = new ArrayList<>();
    for (CoreLabel t : p.labels()) {
      if (DeadlineExtractor.DATE.equals(t.ner())) {
        tagged.add(t.word());
      }
    }
    assertEquals(List.of("10", "/", "5", "/", "2024"), tagged);
  }
}
