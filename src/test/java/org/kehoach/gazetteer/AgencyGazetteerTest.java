package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyGazetteerTest {
  private final AgencyGazetteer agencies = TestGazetteers.get().agencies();

  private String idOf(String written) {
    Optional<Agency> a = agencies.canonicalise(written);
    return a.map(Agency::id).orElse("<none>");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    "Phòng LĐ-TB&XH; district.labour_invalids_social",
    "Phòng LĐTBXH; district.labour_invalids_social",
    "phòng Lao động - TB&XH; district.labour_invalids_social",
    "phòng Lao động - TB &XH; district.labour_invalids_social",
    "Phòng Lao động Thương binh và Xã hội; district.labour_invalids_social",
    "Phòng Lao động – Thương binh và Xã hội; district.labour_invalids_social",
    "Phòng GD&ĐT; district.education",
    "Phòng GDĐT; district.education",
    "Phòng Giáo dục và Đào tạo huyện; district.education",
    "Phòng Văn hoá - Thông tin; district.culture_information",
    "Phòng VH-TT; district.culture_information",
    "Phòng Văn hóa, Khoa học và Thông tin; district.culture_science_information",
    "Phòng VH, KH&TT; district.culture_science_information",
    "các Sở, ban, ngành; generic.provincial_departments",
    "các phòng, ban, ngành; generic.departments",
    "Phòng Tài chính – Kế hoạch; district.finance_planning",
    "Phòng Tài chính và Kế hoạch; district.finance_planning",
    "Phòng TN&MT; district.natural_resources",
    "Phòng NN&PTNT; district.agriculture",
    "Phòng Kinh tế - Hạ tầng; district.economy_infrastructure",
    "Phòng Nội vụ; district.home_affairs",
    "Văn phòng HĐND và UBND huyện; district.office",
    "Văn Phòng huyện; district.office",
    "Công an Thành phố; security.police",
    "Công an Huyện; security.police",
    "Đồn Công an Lý Sơn; security.police",
    "Công an các xã, phường; security.police_commune",
    "Trung tâm Y tế quân dân y; service.health_centre",
    "Trạm Y tế xã, thị trấn; service.commune_health_station",
    "Trung Tâm TT-VH-TT huyện; service.communication_culture_sport",
    "Trung tâm Truyền thông và Văn hóa; service.communication_culture_sport",
    "Trung tâm Văn hóa - Thể thao và Truyền thanh Huyện; service.culture_sport_broadcasting",
    "Ủy ban MTTQVN; mass.fatherland_front",
    "Uỷ ban MTTQVN huyện; mass.fatherland_front",
    "Ủy ban Mặt trận Tổ quốc Việt  Nam; mass.fatherland_front",
    "MTTQ; mass.fatherland_front",
    "Đoàn TNCS Hồ Chí Minh Thành phố; mass.youth_union",
    "Đoàn TNCS HCM; mass.youth_union",
    "Huyện đoàn Lý Sơn; mass.youth_union",
    "Thành Đoàn; mass.youth_union",
    "Tỉnh đoàn; mass.youth_union",
    "Đoàn Thanh niên; mass.youth_union",
    "Hội LHPN; mass.women_union",
    "Hội Liên hiệp Phụ nữ; mass.women_union",
    "Hội Nông dân; mass.farmers_union",
    "Hội CCB; mass.veterans",
    "Hội Chữ thập đỏ; mass.red_cross",
    "Liên đoàn Lao động huyện; mass.labour_federation",
    "Ủy ban nhân dân các xã, phường; commune.peoples_committee",
    "UBND các xã, thị trấn; commune.peoples_committee",
    "UBND xã, phường; commune.peoples_committee",
    "Ủy ban nhân dân các xã, phường, thị trấn; commune.peoples_committee",
    "UBND huyện; district.peoples_committee",
    "UBND Thành phố; city.peoples_committee",
    "UBND tỉnh; province.peoples_committee",
    "Sở LĐTB&XH; province.labour_invalids_social",
    "Sở LĐ-TBXH; province.labour_invalids_social",
    "Sở Lao động Thương binh và Xã hội; province.labour_invalids_social",
    "Sở Y tế; province.health",
    "Sở GD&ĐT; province.education",
    "Bộ LĐ-TB&XH; central.labour_invalids_social",
    "Bộ Lao động TBXH; central.labour_invalids_social",
    "Ban Giám hiệu; school.board",
    "BGH; school.board",
    "Công đoàn; school.trade_union",
    "Liên đội; mass.pioneers",
    "Tổ chuyên môn; school.subject_group",
    "Các tổ khối; school.grade_group",
    "Ngân hàng CSXH; service.social_policy_bank",
    "BHXH huyện; service.social_insurance",
    "Ban CHQS huyện; security.military_district",
    "Sở VHTTDL; province.culture_sport_tourism",
    "Sở KH&ĐT; province.planning_investment",
  })
  void variantsCanonicalise(String written, String expectedId) {
    assertEquals(expectedId, idOf(written));
  }

  @Test
  void canonicalNamesAreTheFullForms() {
    assertEquals("Phòng Lao động - Thương binh và Xã hội", agencies.canonicalise("Phòng LĐ-TB&XH").orElseThrow().canonical());
    assertEquals("Đoàn Thanh niên Cộng sản Hồ Chí Minh", agencies.canonicalise("Huyện đoàn").orElseThrow().canonical());
  }

  @Test
  void verbsAndTopicsThatStartLikeAgenciesAreNotAgencies() {
    for (String s : List.of("phòng chống xâm hại trẻ em", "phòng ngừa tai nạn thương tích", "thanh tra, kiểm tra",
        "Tổ chức các hoạt động", "Ban hành kế hoạch")) {
      assertTrue(agencies.canonicalise(s).isEmpty(), s);
    }
  }

  @Test
  void findsAgencyMentionsInASentenceWithOffsets() {
    String text = "Giao Phòng LĐ-TB&XH chủ trì, phối hợp với Phòng GD&ĐT, Công an huyện và UBND các xã, thị trấn "
        + "tổ chức phòng chống đuối nước cho trẻ em.";
    List<PhraseMatch<Agency>> found = agencies.findIn(text);
    assertEquals(List.of("Phòng LĐ-TB&XH", "Phòng GD&ĐT", "Công an huyện", "UBND các xã, thị trấn"),
        found.stream().map(m -> text.substring(m.start(), m.end())).toList());
    assertEquals(List.of("district.labour_invalids_social", "district.education", "security.police",
        "commune.peoples_committee"), found.stream().map(m -> m.first().id()).toList());
  }

  @Test
  void lookalikesInRunningTextAreNotAgencies() {
    String text = "Các cơ sở giáo dục, cán bộ y tế và toàn bộ hệ thống; cấp Huyện, Ủy ban nhân dân các xã "
        + "phối hợp; Bộ chỉ tiêu thống kê; tổ chức phòng chống đuối nước.";
    List<String> found = agencies.findIn(text).stream().map(m -> m.first().id()).toList();
    assertEquals(List.of("commune.peoples_committee"), found);
  }

  @Test
  void exactRequiresTheWholePhrase() {
    assertTrue(agencies.exact("Phòng Y tế").isPresent());
    assertTrue(agencies.exact("Phòng Y tế huyện Lý Sơn").isEmpty());
    assertTrue(agencies.canonicalise("Phòng Y tế huyện Lý Sơn").isPresent());
  }

  @Test
  void levelsAndKindsAreLoaded() {
    Agency sở = agencies.byId("province.health").orElseThrow();
    assertEquals(java.util.Set.of(AgencyLevel.PROVINCIAL), sở.levels());
    assertEquals(AgencyKind.DEPARTMENT, sở.kind());
    assertTrue(agencies.byId("mass.women_union").orElseThrow().levels().size() >= 3);
    assertTrue(agencies.byId("district.home_affairs").orElseThrow().notes().contains("2025"));
  }
}
