package org.kehoach.extract.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.budgets.BudgetCheck;
import org.kehoach.extract.budgets.BudgetExtractor;
import org.kehoach.extract.deadlines.DeadlineExtractor;
import org.kehoach.extract.legal.LegalBasisExtractor;
import org.kehoach.extract.metadata.MetadataExtractor;
import org.kehoach.extract.metadata.MetadataResult;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.Deadline;
import org.kehoach.model.LegalReference;
import org.kehoach.model.PageLocator;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Section;
import org.kehoach.model.SectionKind;
import org.kehoach.model.Span;
import org.kehoach.model.Warning;
import org.kehoach.structure.Segmenter;

/**
 * The checker on the sample plans, wired as the pipeline will wire it (segmenter, metadata, legal basis over
 * the preamble, budgets over budget sections, deadlines over the sections): the Cẩm Phả plan is dated
 * 2022-02-16 but cites a resolution of 2022-12-02; the Hồng Ngự plan cites a plan "ngày 31 tháng 02 năm
 * 2020"; nothing else in the five is inconsistent.
 */
class ConsistencyCorpusTest {
  /** Markdown bold/italic markers left in the seeds. */
  private static final Pattern EMPHASIS =
      Pattern.compile("\\*\\*|(?<=[\\s(“\"])\\*(?=\\S)|(?<=\\S)\\*(?=[\\s).,;:”\"]|$)");
  private static final String[] SLUGS =
      {"2014_ha-nam", "2020_hong-ngu", "2023_cam-pha", "2025_bu-gia-map-school", "2025_ly-son"};
  private static final Map<String, List<Warning>> WARNINGS = new LinkedHashMap<>();
  private static final Map<String, String> TEXTS = new LinkedHashMap<>();

  private static Segmenter segmenter;
  private static MetadataExtractor metadata;
  private static LegalBasisExtractor legal;
  private static BudgetExtractor budgets;
  private static DeadlineExtractor deadlines;
  private static ConsistencyChecker checker;
  private static final Map<String, Integer> BUDGET_CHECKS = new LinkedHashMap<>();

  @BeforeAll
  static void run() throws IOException {
    String dir = System.getProperty("kehoach.corpus");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "corpus directory not set (kehoach.corpus)");
    segmenter = new Segmenter();
    metadata = new MetadataExtractor(Gazetteers.loadDefault());
    legal = new LegalBasisExtractor();
    budgets = new BudgetExtractor();
    deadlines = new DeadlineExtractor();
    checker = new ConsistencyChecker();
    ObjectMapper json = new ObjectMapper();
    for (String slug : SLUGS) {
      Path file = Path.of(dir, slug + ".txt");
      Assumptions.assumeTrue(Files.isRegularFile(file), "missing " + file);
      String raw = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
      String text = EMPHASIS.matcher(raw).replaceAll("");
      TEXTS.put(slug, text);
      WARNINGS.put(slug, check(slug, text, planYear(json, slug)));
    }
  }

  /** Every warning of one plan: the metadata extractor's and the checker's. */
  private static List<Warning> check(String slug, String text, Integer planYear) {
    PlanStructure s = segmenter.segment(text);
    MetadataResult m = metadata.extract(text, s, PageLocator.none());
    List<LegalReference> refs = s.preamble().isEmpty() ? List.of()
        : legal.extract(text, s.preamble().get(0).start(), s.preamble().get(s.preamble().size() - 1).end(),
            PageLocator.none());
    List<BudgetCheck> checks = new ArrayList<>();
    List<Deadline> due = new ArrayList<>();
    for (Section sec : s.sections()) {
      Span sp = sec.span();
      if (sec.kind() == SectionKind.BUDGET) {
        checks.addAll(budgets.findings(text, sp.start(), sp.end(), PageLocator.none()).checks());
      }
      due.addAll(deadlines.extract(text, sp.start(), sp.end(), planYear, PageLocator.none()));
    }
    BUDGET_CHECKS.put(slug, checks.size());
    List<Warning> all = new ArrayList<>(m.warnings());
    all.addAll(checker.check(new ConsistencyInput(text, m.document(), m.spans().issuedDate(), refs, checks, due,
        s.sections())));
    return all;
  }

  private static Integer planYear(ObjectMapper json, String slug) throws IOException {
    try (InputStream g = ConsistencyCorpusTest.class.getClassLoader().getResourceAsStream("gold/" + slug + ".gold.json")) {
      JsonNode y = g == null ? null : json.readTree(g).path("document").path("planYear");
      return y != null && y.isInt() ? y.asInt() : null;
    }
  }

  private static List<String> codes(String slug) {
    List<String> out = new ArrayList<>();
    WARNINGS.get(slug).forEach(w -> out.add(w.code()));
    return out;
  }

  @Test
  void camPhaIsDatedBeforeTheResolutionItCites() {
    List<Warning> w = WARNINGS.get("2023_cam-pha");
    assertEquals(List.of("ISSUED_BEFORE_CITED"), codes("2023_cam-pha"), w::toString);
    String text = TEXTS.get("2023_cam-pha");
    assertTrue(text.substring(w.get(0).span().start(), w.get(0).span().end()).contains("26-NQ/TU"));
  }

  @Test
  void hongNguCitesADateThatDoesNotExist() {
    List<Warning> w = WARNINGS.get("2020_hong-ngu");
    assertEquals(List.of("INVALID_DATE"), codes("2020_hong-ngu"), w::toString);
    String text = TEXTS.get("2020_hong-ngu");
    assertEquals("ngày 31 tháng 02 năm 2020", text.substring(w.get(0).span().start(), w.get(0).span().end()));
  }

  @Test
  void haNamsBudgetLinesAddUpAndAgreeWithTheWords() {
    assertTrue(BUDGET_CHECKS.get("2014_ha-nam") > 0, "the Hà Nam plan states a total with four project lines");
    assertEquals(List.of(), codes("2014_ha-nam"), () -> WARNINGS.get("2014_ha-nam").toString());
  }

  @Test
  void aChangedBudgetLineOrAmountInWordsIsReported() {
    String text = TEXTS.get("2014_ha-nam");
    String line = text.replace(": 145.000.000đ", ": 154.000.000đ");
    assertTrue(!line.equals(text), "the Hà Nam plan has a project line of 145.000.000đ");
    assertEquals(List.of("BUDGET_SUM_MISMATCH"), codes(check("tampered", line, 2014)));
    String words = text.replace("Sáu trăm tám tư triệu", "Sáu trăm bốn tám triệu");
    assertTrue(!words.equals(text), "the Hà Nam plan repeats its total in words");
    assertEquals(List.of("BUDGET_WORDS_MISMATCH"), codes(check("tampered", words, 2014)));
  }

  private static List<String> codes(List<Warning> warnings) {
    List<String> out = new ArrayList<>();
    warnings.forEach(w -> out.add(w.code()));
    return out;
  }

  @Test
  void theOtherSamplesAreConsistent() {
    for (String slug : List.of("2025_bu-gia-map-school", "2025_ly-son")) {
      assertEquals(List.of(), codes(slug), () -> slug + ": " + WARNINGS.get(slug));
    }
  }
}
