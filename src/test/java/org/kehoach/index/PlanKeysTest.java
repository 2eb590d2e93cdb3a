package org.kehoach.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kehoach.model.Issuer;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanLocation;

class PlanKeysTest {
  private final PlanKeys keys = PlanKeys.standard();

  private static PlanDocument doc(String issuer, IssuerLevel level, String province, String district, String title) {
    return new PlanDocument("12/KH-UBND", title, new Issuer(issuer, level), new PlanLocation(province, district, null),
        null, "2023-01-05", null, 2023, null);
  }

  @Test
  void placeKeysIgnoreDiacriticsCaseTonePlacementAndTypeWords() {
    assertEquals("quang ninh", keys.place("tỉnh Quảng Ninh"));
    assertEquals("quang ninh", keys.place("QUANG NINH"));
    assertEquals("cam pha", keys.place("TP. Cẩm Phả"));
    assertEquals("hoa binh", keys.place("Hoà Bình"));
    assertEquals(keys.place("Hòa Bình"), keys.place("Hoà Bình"));
    assertEquals("li son", keys.place("huyện Lý Sơn"));
    assertEquals(keys.place("Lí Sơn"), keys.place("Lý Sơn"));
    // a name that is only a type word keeps it
    assertEquals("xa", keys.place("Xã"));
  }

  @Test
  void aCityAndADistrictOfOneNameAreDifferentIssuers() {
    String city = keys.issuer(doc("Ủy ban nhân dân thành phố Hồng Ngự", IssuerLevel.DISTRICT, "Đồng Tháp",
        "Hồng Ngự", "Công tác trẻ em năm 2023"));
    String district = keys.issuer(doc("UBND huyện Hồng Ngự", IssuerLevel.DISTRICT, "Đồng Tháp", "Hồng Ngự",
        "Công tác trẻ em năm 2023"));
    assertNotEquals(city, district);
    assertEquals(city, keys.issuer(doc("UBND TP Hồng Ngự", IssuerLevel.DISTRICT, "Đồng Tháp", "Hong Ngu",
        "Công tác trẻ em năm 2023")));
  }

  @Test
  void schoolsOfOneDistrictAreToldApartByName() {
    assertNotEquals(
        keys.issuer(doc("Trường Tiểu học Kim Đồng", IssuerLevel.SCHOOL, "Bình Phước", "Bù Gia Mập", "Kế hoạch")),
        keys.issuer(doc("Trường THCS Đa Kia", IssuerLevel.SCHOOL, "Bình Phước", "Bù Gia Mập", "Kế hoạch")));
  }

  @Test
  void theTopicDropsNumbersSoPlansOfOtherYearsShareIt() {
    assertEquals(PlanKeys.topic(doc(null, IssuerLevel.DISTRICT, "A", "B", "Công tác trẻ em năm 2023")),
        PlanKeys.topic(doc(null, IssuerLevel.DISTRICT, "A", "B", "Công tác trẻ em năm 2024")));
    assertEquals(List.of("cong", "tac", "tre", "em", "2023"), PlanKeys.tokens("Công tác trẻ em (2023)"));
  }
}
