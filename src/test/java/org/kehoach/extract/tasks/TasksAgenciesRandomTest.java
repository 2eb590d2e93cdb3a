package org.kehoach.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.agencies.AgencyExtractor;
import org.kehoach.extract.agencies.AgencyListParser;
import org.kehoach.extract.agencies.AgencyMention;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.Agency;
import org.kehoach.model.PageLocator;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Span;
import org.kehoach.model.Task;
import org.kehoach.structure.Segmenter;

/**
 * Random plans built from the pieces real ones are made of (headings, markers, labels, agency names,
 * separators, tabs, blank lines) must never make the extractors throw, and every span must lie inside the
 * text; the same input read on several threads gives the same output. The seed is printed.
 */
class TasksAgenciesRandomTest {
  private static final String[] PIECES = {
    "KẾ HOẠCH\n", "II. NHIỆM VỤ\n", "III. TỔ CHỨC THỰC HIỆN\n", "IV. PHÂN CÔNG NHIỆM VỤ\n", "1. ", "2. ", "1.1. ",
    "a) ", "- ", "+ ", "\t", "\n", "\n\n", ": ", ", ", "; ", " và ", ". ", "Cơ quan chủ trì:", "Đơn vị phối hợp:",
    "Thời gian thực hiện:", "Đơn vị thực hiện:", "TT", "Nội dung", "Phòng Nội vụ", "Sở LĐ-TB&XH", "UBND các xã, thị trấn",
    "Đồn Công an Lý Sơn", "Hội, đoàn thể huyện", "các phòng, ban, ngành", "Trung tâm Kiểm soát bệnh tật tỉnh",
    "Đề nghị", "Giao", "chủ trì, phối hợp với", "yêu cầu", "Các phòng", "Giáo dục và Đào tạo", "Quý II/2026",
    "Thường xuyên trong năm", "tuyên truyền", "trẻ em", "(", ")", "“", "”", "Lý Sơn", "huyện",
  };

  private static AgencyListParser parser;
  private static TaskExtractor tasks;
  private static AgencyExtractor agencies;
  private static final Segmenter SEGMENTER = new Segmenter();

  @BeforeAll
  static void load() {
    parser = new AgencyListParser(Gazetteers.loadDefault());
    tasks = new TaskExtractor(parser);
    agencies = new AgencyExtractor(parser);
  }

  private static String plan(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 20 + random.nextInt(200);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void randomPlansKeepEverySpanInsideTheText() {
    long seed = System.nanoTime();
    System.out.println("TasksAgenciesRandomTest seed " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 150; round++) {
      String text = plan(random);
      PlanStructure structure = SEGMENTER.segment(text);
      List<Task> found = tasks.extract(text, structure, PageLocator.none());
      for (Task t : found) {
        inside(text, t.span(), "seed " + seed + " task " + t);
      }
      for (Agency a : agencies.extract(text, structure, found, PageLocator.none())) {
        assertTrue(!a.name().isBlank(), "seed " + seed + " blank agency name");
        a.spans().forEach(s -> inside(text, s, "seed " + seed + " agency " + a.name()));
      }
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      for (AgencyMention m : parser.field(text, from, to)) {
        assertTrue(m.start() >= from && m.end() <= to && m.start() <= m.end(), "seed " + seed + " " + m);
      }
    }
  }

  @Test
  void threadsGetTheSameTasksAndAgencies() {
    Random random = new Random(42);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      texts.add(plan(random));
    }
    List<String> sequential = texts.stream().map(TasksAgenciesRandomTest::render).toList();
    List<String> parallel = IntStream.range(0, texts.size()).parallel().mapToObj(i -> render(texts.get(i))).toList();
    assertEquals(sequential, parallel);
  }

  private static String render(String text) {
    PlanStructure structure = SEGMENTER.segment(text);
    List<Task> found = tasks.extract(text, structure, PageLocator.none());
    return found + "\n" + agencies.extract(text, structure, found, PageLocator.none());
  }

  private static void inside(String text, Span s, String what) {
    assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() <= s.end(), what + " " + s);
  }
}
