package org.kehoach.extract.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kehoach.extract.budgets.BudgetCheck;
import org.kehoach.model.Budget;
import org.kehoach.model.Deadline;
import org.kehoach.model.Issuer;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.LegalReference;
import org.kehoach.model.Period;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanLocation;
import org.kehoach.model.Section;
import org.kehoach.model.SectionKind;
import org.kehoach.model.Span;
import org.kehoach.model.Warning;

/** Each check on small invented inputs: what it reports, and that consistent input gives no warning. */
class ConsistencyCheckerTest {
  private static final ConsistencyChecker CHECKER = new ConsistencyChecker();
  private static final Span SPAN = new Span(0, 10, null);

  static PlanDocument doc(String title, String issued, Integer planYear, Period period) {
    return new PlanDocument("12/KH-UBND", title, new Issuer("UBND huyện Tân Yên", IssuerLevel.DISTRICT),
        new PlanLocation("Bắc Giang", "Tân Yên", null), "Tân Yên", issued, issued == null ? null : "ngày …", planYear,
        period);
  }

  static Section section(SectionKind kind, String heading) {
    return new Section(kind, "I", heading, SPAN, SPAN, SPAN, List.of());
  }

  static final List<Section> FULL = List.of(section(SectionKind.PURPOSE, "MỤC ĐÍCH, YÊU CẦU"),
      section(SectionKind.TASKS, "NHIỆM VỤ"), section(SectionKind.ORGANIZATION, "TỔ CHỨC THỰC HIỆN"));

  static Budget budget(long amount, String text, int start) {
    return new Budget(amount, null, List.of(), text, new Span(start, start + text.length(), 2));
  }

  static ConsistencyInput input(String text, PlanDocument d, List<LegalReference> refs, List<BudgetCheck> checks,
      List<Deadline> deadlines, List<Section> sections) {
    return new ConsistencyInput(text, d, d.issuedDate() == null ? null : new Span(0, 5, 1), refs, checks, deadlines,
        sections);
  }

  /** One case: the input and the codes it must give, in order. */
  record Case(String name, ConsistencyInput input, List<String> codes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    PlanDocument ok = doc("Phát triển thể thao năm 2024", "2024-01-15", 2024, null);
    String cited = "Căn cứ Nghị quyết số 30-NQ/HU ngày 20/12/2023 của Huyện ủy; Kế hoạch số 7/KH-UBND ngày 31 tháng 02 năm 2023.";
    LegalReference earlier = new LegalReference("Nghị quyết", "30-NQ/HU", "2023-12-20", new Span(7, 50, 1));
    LegalReference later = new LegalReference("Quyết định", "99/QĐ-UBND", "2024-03-02", new Span(60, 90, 1));
    int bad = cited.indexOf("Kế hoạch số 7");
    LegalReference invalid = new LegalReference("Kế hoạch", "7/KH-UBND", null, new Span(bad, cited.length() - 1, 1));
    Budget total = budget(684_000_000L, "Tổng kinh phí: 684.000.000đ", 100);
    BudgetCheck adds = new BudgetCheck(total, List.of(budget(400_000_000L, "a", 130), budget(284_000_000L, "b", 140)),
        684_000_000L, "Sáu trăm tám mươi tư triệu đồng", 684_000_000L);
    BudgetCheck short1 = new BudgetCheck(total, List.of(budget(400_000_000L, "a", 130), budget(200_000_000L, "b", 140)),
        600_000_000L, null, null);
    BudgetCheck words = new BudgetCheck(total, List.of(), null, "Sáu trăm bốn mươi tám triệu đồng", 648_000_000L);
    Deadline early = new Deadline("2024-01-10", false, "trước ngày 10/01/2024", "báo cáo", new Span(200, 220, 3));
    Deadline late = new Deadline("2024-06-10", false, "trước ngày 10/6/2024", "báo cáo", new Span(230, 250, 3));
    return Stream.of(
        new Case("a consistent plan", input(cited, ok, List.of(earlier), List.of(adds), List.of(late), FULL), List.of()),
        new Case("issued before a cited document", input(cited, ok, List.of(earlier, later), List.of(), List.of(), FULL),
            List.of("ISSUED_BEFORE_CITED")),
        new Case("issued in a month before the cited month, day blank",
            input(cited, doc("Phát triển thể thao năm 2024", "2024-02", 2024, null), List.of(later), List.of(), List.of(),
                FULL), List.of("ISSUED_BEFORE_CITED")),
        new Case("day blank in the cited month: cannot tell",
            input(cited, doc("Phát triển thể thao năm 2024", "2024-03", 2024, null), List.of(later), List.of(), List.of(),
                FULL), List.of()),
        new Case("cited date that does not exist", input(cited, ok, List.of(invalid), List.of(), List.of(), FULL),
            List.of("INVALID_DATE")),
        new Case("budget lines short of the total", input(cited, ok, List.of(), List.of(short1), List.of(), FULL),
            List.of("BUDGET_SUM_MISMATCH")),
        new Case("amount in words differs", input(cited, ok, List.of(), List.of(words), List.of(), FULL),
            List.of("BUDGET_WORDS_MISMATCH")),
        new Case("plan year two years after the issue year",
            input(cited, doc("Phát triển thể thao năm 2026", "2024-01-15", 2026, null), List.of(), List.of(), List.of(),
                FULL), List.of("PLAN_YEAR_FAR_FROM_ISSUE")),
        new Case("plan for next year signed this year",
            input(cited, doc("Phát triển thể thao năm 2025", "2024-11-15", 2025, null), List.of(), List.of(), List.of(),
                FULL), List.of()),
        new Case("issue year after the period",
            input(cited, doc("Đề án giai đoạn 2016-2020", "2022-01-15", null, new Period(2016, 2020)), List.of(),
                List.of(), List.of(), FULL), List.of("PLAN_YEAR_FAR_FROM_ISSUE")),
        new Case("deadline before the issue date", input(cited, ok, List.of(), List.of(), List.of(early, late), FULL),
            List.of("DEADLINE_BEFORE_ISSUE")),
        new Case("no tasks section",
            input(cited, ok, List.of(), List.of(), List.of(),
                List.of(section(SectionKind.OBJECTIVES, "MỤC TIÊU"), section(SectionKind.ORGANIZATION, "TỔ CHỨC"))),
            List.of("MISSING_SECTION")),
        new Case("no sections and no title",
            input(cited, doc(null, null, null, null), List.of(), List.of(), List.of(), List.of()),
            List.of("NO_TITLE", "MISSING_SECTION")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsWhatDoesNotFit(Case c) {
    List<Warning> got = CHECKER.check(c.input());
    List<String> codes = new ArrayList<>();
    got.forEach(w -> codes.add(w.code()));
    assertEquals(c.codes(), codes, got::toString);
    for (Warning w : got) {
      assertTrue(w.message().startsWith("expected "), w::message);
      assertTrue(w.message().contains("found"), w::message);
    }
  }

  @Test
  void aWarningPointsAtWhatItConcerns() {
    Case issued = cases().filter(c -> c.name().equals("issued before a cited document")).findFirst().orElseThrow();
    Warning w = CHECKER.check(issued.input()).get(0);
    assertEquals(new Span(60, 90, 1), w.span());
    assertTrue(w.message().contains("2024-01-15") && w.message().contains("2024-03-02") && w.message().contains("99/QĐ-UBND"),
        w::message);
    Case invalid = cases().filter(c -> c.name().equals("cited date that does not exist")).findFirst().orElseThrow();
    Warning d = CHECKER.check(invalid.input()).get(0);
    String text = invalid.input().text();
    assertEquals("ngày 31 tháng 02 năm 2023", text.substring(d.span().start(), d.span().end()));
    Case sum = cases().filter(c -> c.name().equals("budget lines short of the total")).findFirst().orElseThrow();
    Warning s = CHECKER.check(sum.input()).get(0);
    assertTrue(s.message().contains("684.000.000 đồng") && s.message().contains("600.000.000 đồng"), s::message);
    assertNotNull(s.span());
    Case missing = cases().filter(c -> c.name().equals("no tasks section")).findFirst().orElseThrow();
    assertNull(CHECKER.check(missing.input()).get(0).span());
  }

  @Test
  void everyCodeIsDocumentedInTheResource() throws Exception {
    List<String> documented = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getClassLoader().getResourceAsStream("org/kehoach/extract/consistency/warning-codes.tsv"),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          assertEquals(3, line.split("\t").length, line);
          documented.add(line.split("\t")[0]);
        }
      }
    }
    List<String> codes = new ArrayList<>();
    for (WarningCode c : WarningCode.values()) {
      codes.add(c.name());
      assertTrue(!c.description().isBlank(), c.name());
    }
    assertEquals(codes, documented);
  }

  @Test
  void rejectsAMalformedRequiredSectionsList() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SectionConsistency.load("org/kehoach/extract/consistency/no-such-file.tsv"));
    assertTrue(e.getMessage().contains("no-such-file.tsv"), e::getMessage);
  }
}
