package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kehoach.eval.TestJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgenciesMatcherTest {
  private final AgenciesMatcher matcher = new AgenciesMatcher();

  private static JsonNode pred(String... names) {
    ObjectNode plan = TestJson.emptyPlan("2024_huyen-b.docx");
    ArrayNode arr = plan.putArray("agencies");
    for (String n : names) {
      arr.addObject().put("name", n).putArray("spans");
    }
    return plan;
  }

  private PartResult score(String goldAgencies, JsonNode pred) {
    return matcher.match(json("{'agencies': " + goldAgencies + "}"), pred).orElseThrow();
  }

  @Test
  void foldedNameMustContainThePhraseWhateverTheCaseOrNormalForm() {
    String nfd = Normalizer.normalize("Phòng Văn hóa và Thông tin huyện", Normalizer.Form.NFD);
    PartResult r = score("[{'match': 'phong giao duc'}, {'match': 'phong van hoa'}]",
        pred("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", nfd));
    assertEquals(new Counts(2, 0, 0), r.counts());
  }

  @Test
  void anyAlternativeOfAListPairs() {
    String gold = "[{'match': ['doan tncs', 'doan thanh nien', 'huyen doan']}]";
    assertEquals(new Counts(1, 0, 0), score(gold, pred("Huyện đoàn")).counts());
    assertEquals(new Counts(1, 0, 0), score(gold, pred("Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện")).counts());
    assertEquals(new Counts(0, 1, 1), score(gold, pred("Hội Liên hiệp Phụ nữ huyện")).counts());
  }

  @Test
  void oneOrganisationListedUnderTwoNamesCostsPrecision() {
    PartResult r = score("[{'match': 'phong lao dong'}]",
        pred("Phòng Lao động - Thương binh và Xã hội", "Phòng LĐ-TB&XH"));
    assertEquals(new Counts(1, 1, 0), r.counts());
    assertEquals(List.of("Phòng LĐ-TB&XH"), r.extra());
  }

  @Test
  void maximumMatchingServesTheNarrowPhraseToo() {
    // 'uy ban nhan dan' is listed first and is contained in both names; greedy would starve 'cac xa'
    PartResult r = score("[{'match': 'uy ban nhan dan'}, {'match': 'uy ban nhan dan cac xa'}]",
        pred("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân huyện"));
    assertEquals(new Counts(2, 0, 0), r.counts());
  }

  @Test
  void optionalOrganisationsAreNeitherRequiredNorWrong() {
    String gold = "[{'match': 'cong an'}, {'match': 'cong an', 'optional': true}, {'match': 'so y te', 'optional': true}]";
    PartResult both = score(gold, pred("Công an huyện", "Công an xã"));
    assertEquals(new Counts(1, 0, 0), both.counts());
    assertEquals(1, both.optionalPaired());
    assertEquals(new Counts(1, 0, 0), score(gold, pred("Công an huyện")).counts());
    PartResult none = score(gold, pred());
    assertEquals(new Counts(0, 0, 1), none.counts());
    assertEquals(List.of("'cong an'"), none.missed());
  }

  @Test
  void anAgencyWithoutMatchIsAGoldError() {
    assertThrows(IllegalArgumentException.class, () -> score("[{'optional': true}]", pred("Công an huyện")));
    assertThrows(IllegalArgumentException.class, () -> score("[{'match': []}]", pred("Công an huyện")));
  }
}
