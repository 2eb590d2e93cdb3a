package org.kehoach.extract.budgets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.model.Budget;
import org.kehoach.model.PageLocator;

class BudgetExtractorTest {
  private final BudgetExtractor extractor = new BudgetExtractor();

  private BudgetFindings findings(String text) {
    return extractor.findings(text, 0, text.length(), PageLocator.none());
  }

  private List<Long> amounts(String text) {
    return findings(text).budgets().stream().map(Budget::amountVnd).filter(Objects::nonNull)
        .collect(Collectors.toList());
  }

  /** An amount whose unit sits past the end of its statement (the line breaks before "VNĐ") ends nothing early. */
  @Test
  void anAmountRunningPastItsStatementIsRead() {
    String text = "Dự kiến kinh phí . cấp1.250.000.000\n VNĐ Tổng kinh phí ";
    assertDoesNotThrow(() -> findings(text), text);
  }

  /** Statement and the amounts it allocates (space-separated; empty for none). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Kinh phí thực hiện: 684.000.000đ.|684000000",
    "Tổng kinh phí thực hiện là 450.000.000 đồng từ ngân sách tỉnh.|450000000",
    "Kinh phí hỗ trợ chuyển đổi số cấp xã: 300 triệu đồng.|300000000",
    "Ngân sách huyện bố trí 1,5 tỷ đồng cho các trường học.|1500000000",
    "Tổng kinh phí: 2.100.000.000 VNĐ.|2100000000",
    "Tổng kinh phí dự kiến: 750 triệu.|750000000",
    "Kinh phí tập huấn: 25.500.000 VND|25500000",
    "Phấn đấu vận động Quỹ Khuyến học huyện đạt 500 triệu đồng; trong đó, cấp huyện là 200 triệu đồng, cấp xã 15 triệu đồng/01 xã.|",
    "Hỗ trợ hộ nghèo mức 500.000 đồng/người/tháng từ ngân sách tỉnh.|",
    "Tổ công tác gồm 05 đồng chí, họp 02 lần mỗi quý.|",
    "Năm 2024 có 3 triệu lượt người truy cập cổng thông tin.|",
    "Từ nguồn ngân sách huyện và các nguồn huy động hợp pháp khác.|"
  })
  void findsAllocatedAmounts(String statement, String expected) {
    List<Long> want = expected == null ? List.of()
        : java.util.Arrays.stream(expected.split(" ")).map(Long::valueOf).collect(Collectors.toList());
    assertEquals(want, amounts(statement), statement);
  }

  @Test
  void totalWithInlinePartsBySource() {
    String s = "Tổng kinh phí: 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng), trong đó: ngân sách tỉnh"
        + " 1.000.000.000 đồng; ngân sách huyện 250.000.000 đồng.";
    BudgetFindings f = findings(s);
    assertEquals(List.of(1_250_000_000L, 1_000_000_000L, 250_000_000L),
        f.budgets().stream().map(Budget::amountVnd).collect(Collectors.toList()));
    Budget total = f.budgets().get(0);
    assertNull(total.purpose());
    assertEquals(List.of("ngân sách tỉnh", "ngân sách huyện"), total.sources());
    assertEquals(List.of("ngân sách tỉnh"), f.budgets().get(1).sources());
    assertEquals(1, f.checks().size());
    BudgetCheck c = f.checks().get(0);
    assertEquals(total, c.total());
    assertEquals(2, c.parts().size());
    assertEquals(1_250_000_000L, c.partsSum());
    assertTrue(c.partsAddUp());
    assertEquals("Một tỷ hai trăm năm mươi triệu đồng", c.amountInWords());
    assertTrue(c.wordsAgree());
  }

  @Test
  void totalWithProjectLinesGivesPurposesAndInheritedSource() {
    String s = "III. KINH PHÍ THỰC HIỆN\n"
        + "Ngân sách tỉnh hỗ trợ có mục tiêu năm 2024: 500.000.000đ (Năm trăm triệu đồng chẵn), trong đó:\n"
        + "+ Dự án 1: Phổ cập giáo dục mầm non cho trẻ 5 tuổi: 200.000.000đ\n"
        + "\n"
        + "+ Dự án 2: Nâng cao năng lực cho giáo viên: 120.000.000đ\n"
        + "+Dự án 3: Xây dựng thư viện thân thiện: 180.000.000đ\n"
        + "IV. TỔ CHỨC THỰC HIỆN";
    BudgetFindings f = findings(s);
    List<Budget> b = f.budgets();
    assertEquals(4, b.size());
    assertNull(b.get(0).purpose());
    assertEquals(List.of("Ngân sách tỉnh"), b.get(0).sources());
    assertEquals("Dự án 1: Phổ cập giáo dục mầm non cho trẻ 5 tuổi", b.get(1).purpose());
    assertEquals("Dự án 3: Xây dựng thư viện thân thiện", b.get(3).purpose());
    assertEquals(List.of("Ngân sách tỉnh"), b.get(2).sources());
    BudgetCheck c = f.checks().get(0);
    assertEquals(3, c.parts().size());
    assertTrue(c.partsAddUp());
    assertEquals(500_000_000L, c.amountInWordsVnd());
    for (Budget x : b) {
      assertEquals(x.text(), s.substring(x.span().start(), x.span().end()));
    }
  }

  @Test
  void partsThatDoNotAddUpAndWordsThatDisagreeAreReportedNotHidden() {
    String s = "Tổng kinh phí: 900.000.000 đồng (Chín trăm năm mươi triệu đồng), bao gồm:\n"
        + "- Ngân sách tỉnh: 600.000.000 đồng;\n"
        + "- Ngân sách huyện: 200.000.000 đồng.";
    BudgetCheck c = findings(s).checks().get(0);
    assertEquals(800_000_000L, c.partsSum());
    assertFalse(c.partsAddUp());
    assertFalse(c.wordsAgree());
  }

  @Test
  void sourceOnlyStatementsHaveNoAmount() {
    String s = "IV. KINH PHÍ THỰC HIỆN: Từ nguồn ngân sách Thành phố và các nguồn huy động hợp pháp khác.\n"
        + "- Nguồn hỗ trợ từ ngân sách Trung ương, tỉnh, huyện thực hiện Chương trình (nếu có).\n"
        + "- Nguồn xã hội hóa và nguồn tài trợ của các tổ chức, cá nhân.";
    List<Budget> b = findings(s).budgets();
    assertEquals(3, b.size());
    assertTrue(b.stream().allMatch(x -> x.amountVnd() == null));
    assertEquals(List.of("ngân sách Thành phố", "các nguồn huy động hợp pháp khác"), b.get(0).sources());
    assertEquals("Từ nguồn ngân sách Thành phố và các nguồn huy động hợp pháp khác", b.get(0).text());
    assertEquals(List.of("ngân sách Trung ương", "ngân sách tỉnh", "ngân sách huyện"), b.get(1).sources());
    assertEquals(List.of("Nguồn xã hội hóa", "nguồn tài trợ"), b.get(2).sources());
  }

  @Test
  void amountWithoutListHasWordsCheckOnly() {
    BudgetFindings f = findings("Kinh phí thực hiện chương trình chuyển đổi số: 75.000.000 đồng (Bằng chữ: Bảy mươi lăm triệu đồng).");
    assertEquals(1, f.checks().size());
    assertNull(f.checks().get(0).partsSum());
    assertNull(f.checks().get(0).partsAddUp());
    assertEquals(75_000_000L, f.checks().get(0).amountInWordsVnd());
    assertEquals("chương trình chuyển đổi số", f.budgets().get(0).purpose());
  }

  /** Label before an amount, and the purpose it gives (empty: the plan as a whole). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Dự kiến kinh phí: 300.000.000 đồng.|",
    "Tổng dự toán: 300.000.000 đồng.|",
    "Kinh phí thực hiện: 300.000.000 đồng.|",
    "Ngân sách xã hỗ trợ 300.000.000 đồng.|",
    "Kinh phí cho tập huấn cán bộ cơ sở: 300.000.000 đồng.|tập huấn cán bộ cơ sở",
    "- Hỗ trợ sinh kế cho hộ nghèo là 300.000.000 đồng.|Hỗ trợ sinh kế cho hộ nghèo",
    "a) Mua sắm thiết bị chuyển đổi số: 300.000.000 đồng.|Mua sắm thiết bị chuyển đổi số"
  })
  void purposeComesFromTheLabel(String statement, String purpose) {
    assertEquals(purpose, findings(statement).budgets().get(0).purpose(), statement);
  }

  @Test
  void readsOnlyTheRange() {
    String s = "Phấn đấu giảm nghèo. Kinh phí: 100.000.000 đồng. Quỹ đạt 200.000.000 đồng.";
    int from = s.indexOf("Kinh phí");
    int to = s.indexOf(" Quỹ");
    List<Budget> b = extractor.extract(s, from, to, offset -> 3);
    assertEquals(1, b.size());
    assertEquals(100_000_000L, b.get(0).amountVnd());
    assertTrue(b.get(0).span().start() >= from && b.get(0).span().end() <= to);
    assertEquals(3, b.get(0).span().page());
  }
}
