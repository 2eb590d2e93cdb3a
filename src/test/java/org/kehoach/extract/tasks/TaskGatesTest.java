package org.kehoach.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.agencies.AgencyListParser;
import org.kehoach.extract.nlp.GateTexts;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.PageLocator;
import org.kehoach.structure.Segmenter;

/**
 * The gates of {@code task-labels.rules} and {@code lead-phrasing.rules} drop no match: the rules run with
 * engines that also run them ungated and fail on any difference, over every paragraph of the corpus, through
 * the task extractor, and over random text made of labels, names and the words the rules look for; and the
 * labels found reading only the text before each colon are those found reading every token, and the leads
 * and partners found in ranges with a lead word are those found running the rules everywhere.
 */
class TaskGatesTest {
  private static final String[] PIECES = {
    "Cơ quan", "đơn vị", "Bộ phận", "chủ trì", "Chủ trì", "thực hiện", "triển khai", "phối hợp", "Phối hợp", "với",
    "tham gia", "chịu trách nhiệm", "đầu mối", "phụ trách", "Thời gian", "thời hạn", "Tiến độ", "hoàn thành", "Sản phẩm",
    "Kết quả", "Nguồn", "kinh phí", "Ghi chú", "Địa điểm", "Đối tượng", "Hình thức", ":", ":", ",", ";", ".", "/", "(",
    "và", "cùng", "là", "cơ quan", "do", "giao", "Giao", "cho", "bàn", "Sở Y tế", "Phòng Nội vụ", "UBND các xã",
    "các phòng, ban, ngành", "Đồn Công an Lý Sơn", "Phòng Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo", "Giáo dục", "giáo viên", "hợp", "huyện", "tuyên truyền", "\n", "\n- ",
    "\n+ ", "1.", "a)", "Quý II", "năm 2025", " ", "\t", "\u00A0", "QĐ19:", "3:", "trì:"};

  private static AgencyListParser parser;
  private static TaskLabels labels;
  /** Labels read from every token with the whole extractor: what the gated, colon-led reading must give. */
  private static TaskLabels reference;
  private static LeadPhrasing phrasing;
  private static TaskExtractor tasks;

  @BeforeAll
  static void load() {
    parser = new AgencyListParser(Gazetteers.loadDefault());
    RuleEngine labelRules = new RuleEngine(TaskLabels.RULES, TaskLabels.GATE).verifying();
    RuleEngine phrasingRules = new RuleEngine(LeadPhrasing.RULES, LeadPhrasing.GATE).verifying();
    labels = new TaskLabels(labelRules);
    reference = new TaskLabels(new RuleEngine(TaskLabels.RULES));
    phrasing = new LeadPhrasing(parser, phrasingRules);
    tasks = new TaskExtractor(parser, labelRules, phrasingRules);
  }

  private static void check(String text) {
    for (int[] p : GateTexts.paragraphs(text)) {
      assertEquals(reference.findReadingAll(text, p[0], p[1]), labels.find(text, p[0], p[1]), text);
      int mid = p[0] + (p[1] - p[0]) / 3; // a range starting inside a word
      assertEquals(reference.findReadingAll(text, mid, p[1]), labels.find(text, mid, p[1]), text);
      assertEquals(phrasing.findReadingAll(text, p[0], p[1]), phrasing.find(text, p[0], p[1]), text);
      assertEquals(phrasing.findReadingAll(text, mid, p[1]), phrasing.find(text, mid, p[1]), text);
    }
    assertDoesNotThrow(() -> tasks.extract(text, new Segmenter().segment(text), PageLocator.none()), text);
  }

  @Test
  void corpusPlansGiveTheSameMatchesWithAndWithoutTheGates() {
    List<String> plans = GateTexts.corpus();
    plans.forEach(TaskGatesTest::check);
  }

  @Test
  void randomTextGivesTheSameMatchesWithAndWithoutTheGates() {
    long seed = System.nanoTime();
    System.out.println("TaskGatesTest seed " + seed);
    for (String text : GateTexts.random(new Random(seed), PIECES, 300, 60)) {
      check(text);
    }
  }
}
