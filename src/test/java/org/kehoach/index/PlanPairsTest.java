package org.kehoach.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a district's plan of a year and the same issuer's earlier plan to compare it with. */
class PlanPairsTest {
  @TempDir static Path dir;
  private static PlanIndex index;
  private static PlanSearcher searcher;
  private static PlanPairs pairs;

  private static TestPlans.Builder plan(String province, String district, int year, String title) {
    return TestPlans.plan(province, district, year).title(title + " năm " + year)
        .file(year + "_" + province + "_" + district + "_" + title + ".txt", "txt")
        .target(null, "tỷ lệ trẻ em bỏ học", "giảm tỷ lệ trẻ em bỏ học xuống dưới 1%", 1, "percent", "LT", "DECREASE");
  }

  private static com.fasterxml.jackson.databind.JsonNode renamed(TestPlans.Builder b, String issuer) {
    com.fasterxml.jackson.databind.node.ObjectNode plan = b.build();
    ((com.fasterxml.jackson.databind.node.ObjectNode) plan.get("document").get("issuer")).put("name", issuer);
    ((com.fasterxml.jackson.databind.node.ObjectNode) plan.get("source")).put("sha256",
        TestPlans.sha256(issuer + plan.get("document").get("planYear")));
    return plan;
  }

  @BeforeAll
  static void build() throws Exception {
    index = PlanIndex.open(dir);
    // "Châu Thành" is a district of several provinces
    index.add(plan("Tiền Giang", "Châu Thành", 2022, "Công tác trẻ em").build(), null);
    index.add(plan("Tiền Giang", "Châu Thành", 2024, "Công tác trẻ em").build(), null);
    index.add(plan("Bến Tre", "Châu Thành", 2024, "Công tác trẻ em").build(), null);
    // Bến Tre's earlier plans: one on another topic the year before, one on the same topic two years before
    index.add(plan("Bến Tre", "Châu Thành", 2023, "Phòng, chống đuối nước").build(), null);
    index.add(plan("Bến Tre", "Châu Thành", 2022, "Công tác trẻ em").build(), null);
    // Đồng Tháp has a city and a district named Hồng Ngự
    index.add(plan("Đồng Tháp", "Hồng Ngự", 2023, "Công tác trẻ em").build(), null);
    index.add(plan("Đồng Tháp", "Hồng Ngự", 2024, "Công tác trẻ em").build(), null);
    index.add(renamed(plan("Đồng Tháp", "Hồng Ngự", 2022, "Công tác trẻ em"), "Ủy ban nhân dân thành phố Hồng Ngự"),
        null);
    index.add(renamed(plan("Đồng Tháp", "Hồng Ngự", 2024, "Công tác trẻ em"), "Ủy ban nhân dân thành phố Hồng Ngự"),
        null);
    // a school of the district issues plans too; it is not the district's issuer
    index.add(plan("Tiền Giang", "Châu Thành", 2023, "Công tác trẻ em").level("SCHOOL").build(), null);
    searcher = index.searcher(IndicatorLexicon.none());
    pairs = new PlanPairs(searcher);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
    index.close();
  }

  @Test
  void aDistrictNameSharedByProvincesNeedsTheProvince() {
    PlanPairs.AmbiguousPlaceException e = assertThrows(PlanPairs.AmbiguousPlaceException.class,
        () -> pairs.find("Châu Thành", null, 2024, null));
    assertEquals(true, e.getMessage().contains("Tiền Giang") && e.getMessage().contains("Bến Tre"), e.getMessage());
  }

  @Test
  void theLatestEarlierPlanOfTheSameIssuerIsChosen() throws Exception {
    PlanPairs.Pair p = pairs.find("Châu Thành", "Tiền Giang", 2024, null);
    assertEquals(2024, p.newer().year());
    assertEquals(2022, p.older().year(), "the school's 2023 plan is another issuer's");
    assertEquals("Tiền Giang", p.older().province());
  }

  @Test
  void aPlanOnTheSameTopicIsPreferredToAMoreRecentOneOnAnother() throws Exception {
    PlanPairs.Pair p = pairs.find("chau thanh", "ben tre", 2024, null);
    assertEquals(2022, p.older().year());
    PlanPairs.Pair chosen = pairs.find("Châu Thành", "Bến Tre", 2024, 2023);
    assertEquals(2023, chosen.older().year(), "--with-year picks the year whatever the topic");
  }

  @Test
  void aCityAndADistrictOfOneNameAreToldApartByTheUnitType() throws Exception {
    // the test plans of the district are issued by "Ủy ban nhân dân" without a type, the city's name one
    assertThrows(PlanPairs.AmbiguousPlaceException.class, () -> pairs.find("Hồng Ngự", "Đồng Tháp", 2024, null));
    PlanPairs.Pair city = pairs.find("thành phố Hồng Ngự", "Đồng Tháp", 2024, null);
    assertEquals("Ủy ban nhân dân thành phố Hồng Ngự", city.newer().issuerName());
    assertEquals(2022, city.older().year());
    assertNull(pairs.find("thị xã Hồng Ngự", "Đồng Tháp", 2024, null));
  }

  @Test
  void noEarlierPlanAndNoPlanAreToldApart() throws Exception {
    assertNull(pairs.find("Châu Thành", "Tiền Giang", 2022, null).older());
    assertNull(pairs.find("Châu Thành", "Tiền Giang", 2030, null));
  }
}
