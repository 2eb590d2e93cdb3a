package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AdminGazetteerTest {
  private final AdminGazetteer admin = TestGazetteers.get().admin();
  private final CommuneGazetteer communes = TestGazetteers.get().communes();

  private static Set<String> provinceNames(List<PlaceRef> refs) {
    return refs.stream().map(r -> r.unit().provinceName()).collect(Collectors.toSet());
  }

  @Test
  void countsAsOf2025() {
    assertEquals(63, admin.provinces().size());
    assertEquals(696, admin.districts().size());
    assertEquals(10047, communes.size());
  }

  @Test
  void bareDistrictNameResolvesToItsProvince() {
    List<PlaceRef> refs = admin.resolve("Cẩm Phả");
    assertEquals(1, refs.size());
    AdminUnit u = refs.get(0).unit();
    assertEquals(AdminLevel.DISTRICT, u.level());
    assertEquals(UnitType.CITY, u.type());
    assertEquals("Quảng Ninh", u.provinceName());
    assertEquals(NameKind.NAME, refs.get(0).via());
  }

  @Test
  void prefixedAndAbbreviatedFormsResolveTheSameUnit() {
    AdminUnit camPha = admin.resolve("Cẩm Phả").get(0).unit();
    for (String written : List.of("TP. Cẩm Phả", "TP Cẩm Phả", "thành phố CẨM PHẢ", "Tp.Cẩm Phả", "thị xã Cẩm Phả")) {
      List<PlaceRef> refs = admin.resolve(written);
      assertEquals(1, refs.size(), written);
      assertEquals(camPha, refs.get(0).unit(), written);
    }
    assertEquals(NameKind.FORMER_NAME, admin.resolve("thị xã Cẩm Phả").get(0).via());
    AdminUnit lySon = admin.districts("Lý Sơn", "Quảng Ngãi").get(0);
    assertEquals(List.of(lySon), admin.resolve("H. Lý Sơn").stream().map(PlaceRef::unit).toList());
    assertEquals(List.of(lySon), admin.resolve("huyện Lí Sơn").stream().map(PlaceRef::unit).toList());
  }

  @Test
  void ambiguousNamesReturnEveryCandidateAndProvinceDisambiguates() {
    List<PlaceRef> refs = admin.resolve("Châu Thành");
    assertTrue(refs.size() >= 9, "Châu Thành is a huyện in many provinces, got " + refs.size());
    assertTrue(provinceNames(refs).containsAll(Set.of("Bến Tre", "Tiền Giang", "Đồng Tháp", "An Giang")));
    List<AdminUnit> inBenTre = admin.districts("Châu Thành", "Bến Tre");
    assertEquals(1, inBenTre.size());
    assertEquals("Bến Tre", inBenTre.get(0).provinceName());
    assertEquals(inBenTre, admin.districts("huyện Châu Thành", "tỉnh Bến Tre"));
    assertEquals(inBenTre, admin.districts("Châu Thành", inBenTre.get(0).provinceCode()));
    assertTrue(admin.districts("Châu Thành", "Quảng Ninh").isEmpty());
  }

  @Test
  void cityAndDistrictSharingANameInOneProvinceAreBothReturned() {
    List<AdminUnit> hongNgu = admin.districts("Hồng Ngự", "Đồng Tháp");
    assertEquals(Set.of(UnitType.CITY, UnitType.RURAL_DISTRICT),
        hongNgu.stream().map(AdminUnit::type).collect(Collectors.toSet()));
    assertEquals(UnitType.RURAL_DISTRICT, admin.districts("huyện Hồng Ngự", "Đồng Tháp").get(0).type());
    assertEquals(1, admin.districts("huyện Hồng Ngự", null).size());
  }

  @Test
  void provinceLookupAcceptsNamesPrefixesCodesAndAbbreviations() {
    AdminUnit qn = admin.province("Quảng Ninh").orElseThrow();
    assertEquals(qn, admin.province("tỉnh Quảng Ninh").orElseThrow());
    assertEquals(qn, admin.province(qn.code()).orElseThrow());
    AdminUnit hcm = admin.province("TP.HCM").orElseThrow();
    assertEquals("Hồ Chí Minh", hcm.name());
    assertEquals(UnitType.CENTRAL_CITY, hcm.type());
    assertEquals(hcm, admin.province("Thành phố Hồ Chí Minh").orElseThrow());
    assertEquals("Huế", admin.province("Thừa Thiên Huế").orElseThrow().name());
    assertFalse(admin.province("Cẩm Phả").isPresent());
  }

  @Test
  void provinceAndCapitalCitySharingANameAreBothCandidates() {
    List<PlaceRef> refs = admin.resolve("Quảng Ngãi");
    assertEquals(Set.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT),
        refs.stream().map(r -> r.unit().level()).collect(Collectors.toSet()));
  }

  @Test
  void numberedUnitsNeedTheirTypeWord() {
    assertTrue(admin.resolve("1").isEmpty());
    AdminUnit q1 = admin.resolve("Quận 1").get(0).unit();
    assertEquals("1", q1.name());
    assertEquals("Quận 1", q1.fullName());
    assertEquals(q1, admin.resolve("Q.1").get(0).unit());
    String text = "Trẻ em 1 tuổi ở Quận 1 và Q.3";
    List<PhraseMatch<PlaceRef>> found = admin.findIn(text);
    assertEquals(List.of("Quận 1", "Q.3"), found.stream().map(PhraseMatch::surface).toList());
  }

  @Test
  void mentionsInTextCarryOffsetsAndCandidates() {
    String text = "Ủy ban nhân dân TP. Cẩm Phả (tỉnh Quảng Ninh) và UBND huyện Châu Thành báo cáo.";
    List<PhraseMatch<PlaceRef>> found = admin.findIn(text);
    assertEquals(List.of("TP. Cẩm Phả", "tỉnh Quảng Ninh", "huyện Châu Thành"),
        found.stream().map(m -> text.substring(m.start(), m.end())).toList());
    assertEquals("Quảng Ninh", found.get(0).first().unit().provinceName());
    assertEquals(AdminLevel.PROVINCE, found.get(1).first().unit().level());
    assertTrue(found.get(2).values().size() >= 9);
  }

  @Test
  void everydayWordsThatFoldLikeBareNamesAreNotPlaces() {
    String text = "Ban hành văn bản, cần được chủ trì thực hiện; vinh danh các tổ có thành tích; trẻ tự kỷ.";
    assertEquals(List.of(), admin.findIn(text));
  }

  @Test
  void bareNamesMatchWhenSpelledAsNamesWhateverTheTonePlacement() {
    String text = "Trên địa bàn 02 huyện Bình Lục, Kim Bảng và TP. Hoà Bình; HUYỆN LÝ SƠN; Văn Bàn.";
    List<PhraseMatch<PlaceRef>> found = admin.findIn(text);
    assertEquals(List.of("huyện Bình Lục", "Kim Bảng", "TP. Hoà Bình", "HUYỆN LÝ SƠN", "Văn Bàn"),
        found.stream().map(PhraseMatch::surface).toList());
    assertEquals(NameKind.NAME, found.get(1).first().via());
    assertEquals("Hà Nam", found.get(1).first().unit().provinceName());
    assertEquals(List.of("Hòa Bình"), found.get(2).values().stream().map(r -> r.unit().name()).toList());
  }

  @Test
  void noMentionSpansAComma() {
    assertEquals(List.of(), admin.findIn("các xã, thị trấn, đề nghị"));
    assertEquals(List.of("Trần Đề"), admin.findIn("huyện Mỹ Xuyên; Trần Đề").stream()
        .filter(m -> m.first().via() == NameKind.NAME).map(PhraseMatch::surface).toList());
  }

  @Test
  void everyUnitIsFoundByItsFullNameAndEveryNonNumericOneByItsName() {
    for (AdminUnit u : admin.districts()) {
      assertTrue(admin.resolve(u.fullName()).stream().anyMatch(r -> r.unit().equals(u)), u.fullName());
      if (!AdminAliasRules.isNumber(u.name())) {
        assertTrue(admin.districts(u.name(), u.provinceCode()).contains(u), u.fullName());
      }
    }
    for (AdminUnit p : admin.provinces()) {
      assertEquals(p, admin.province(p.fullName()).orElseThrow(), p.fullName());
    }
  }

  @Test
  void communesResolveWithinTheirDistrict() {
    AdminUnit baDinh = admin.districts("Ba Đình", "Hà Nội").get(0);
    List<AdminUnit> inBaDinh = communes.inDistrict(baDinh.code());
    assertFalse(inBaDinh.isEmpty());
    AdminUnit first = inBaDinh.get(0);
    assertEquals(List.of(first), communes.resolve(first.fullName(), baDinh.code()));
    assertEquals(List.of(first), communes.resolve(first.name(), baDinh.code()));
    assertEquals(baDinh.code(), first.districtCode());
    assertEquals("Hà Nội", first.provinceName());
    assertTrue(communes.resolve("Phường 5", null).size() > 5, "numbered wards repeat across the country");
  }
}
