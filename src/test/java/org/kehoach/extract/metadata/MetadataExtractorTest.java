package org.kehoach.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kehoach.extract.consistency.WarningCode;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Period;
import org.kehoach.model.PlanDocument;
import org.kehoach.structure.Segmenter;

/**
 * The metadata of invented plans of other provinces, levels and domains, built on the usual layout: header
 * (issuer lines, motto, "Số: …", place-date line), "KẾ HOẠCH" and title, preamble, sections, closing.
 */
class MetadataExtractorTest {
  private static final Segmenter SEGMENTER = new Segmenter();
  private static MetadataExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new MetadataExtractor(Gazetteers.loadDefault());
  }

  static MetadataResult extract(String text) {
    return extractor.extract(text, SEGMENTER.segment(text), PageLocator.none());
  }

  /** The usual sections and closing of a plan, so each case only writes its front matter. */
  static final String BODY = """

      I. MỤC ĐÍCH, YÊU CẦU
      - Nâng cao nhận thức của cán bộ, nhân dân.
      II. NHIỆM VỤ VÀ GIẢI PHÁP
      1. Tuyên truyền, phổ biến kiến thức.
      2. Kiểm tra, giám sát việc thực hiện.
      III. TỔ CHỨC THỰC HIỆN
      Các đơn vị liên quan triển khai thực hiện nghiêm túc Kế hoạch này./.
      Nơi nhận:
      - Như trên;
      - Lưu: VT.
      """;

  /** One invented plan and what its metadata must be ({@code null} expected values must be null). */
  record Case(
      String name, String text, String number, String title, IssuerLevel level, String province, String district,
      String issuedDate, Integer planYear, Period period, String signer) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> plans() {
    return Stream.of(
        new Case("commune plan placed by the district its preamble names", """
            ỦY BAN NHÂN DÂN
            XÃ PHÚ LỘC
            Số: 18/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Phú Lộc, ngày 05 tháng 3 năm 2024

            KẾ HOẠCH
            Phòng, chống dịch bệnh trên địa bàn xã năm 2024

            Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2024 của UBND huyện Krông Năng về phòng, chống dịch bệnh, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:
            """ + BODY + """
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Nguyễn Văn Bình
            """, "18/KH-UBND", "Phòng, chống dịch bệnh trên địa bàn xã năm 2024", IssuerLevel.COMMUNE, "Đắk Lắk",
            "Krông Năng", "2024-03-05", 2024, null, "Nguyễn Văn Bình"),
        new Case("department of a province, the province in the parent line", """
            UBND TỈNH BẮC GIANG
            SỞ GIÁO DỤC VÀ ĐÀO TẠO
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 125/KH-SGDĐT
            Bắc Giang, ngày 10 tháng 9 năm 2024

            KẾ HOẠCH
            Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024
            """ + BODY + """
            KT. GIÁM ĐỐC
            PHÓ GIÁM ĐỐC
            Lê Thị Hoa
            """, "125/KH-SGDĐT", "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024", IssuerLevel.AGENCY,
            "Bắc Giang", null, "2024-09-10", 2024, null, "Lê Thị Hoa"),
        new Case("centrally-run city is a province", """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ HÀ NỘI
            Số: 215/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 28 tháng 8 năm 2023

            KẾ HOẠCH
            Triển khai công tác gia đình trên địa bàn Thành phố năm 2024
            """ + BODY + """
            TM. ỦY BAN NHÂN DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Vũ Thu Hà
            """, "215/KH-UBND", "Triển khai công tác gia đình trên địa bàn Thành phố năm 2024", IssuerLevel.PROVINCE,
            "Hà Nội", null, "2023-08-28", 2024, null, "Vũ Thu Hà"),
        new Case("city under a province is a district", """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ VINH
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 77/KH-UBND
            Vinh, ngày 12 tháng 01 năm 2024

            KẾ HOẠCH
            Bảo đảm trật tự an toàn giao thông năm 2024
            """ + BODY + """
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            Trần Quốc Dũng
            """, "77/KH-UBND", "Bảo đảm trật tự an toàn giao thông năm 2024", IssuerLevel.DISTRICT, "Nghệ An", "Vinh",
            "2024-01-12", 2024, null, "Trần Quốc Dũng"),
        new Case("numbered urban district of a centrally-run city, blank day", """
            ỦY BAN NHÂN DÂN
            QUẬN 3
            Số: 09/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Quận 3, ngày … tháng 6 năm 2024

            KẾ HOẠCH
            Phát triển văn hóa đọc năm 2024
            """ + BODY, "09/KH-UBND", "Phát triển văn hóa đọc năm 2024", IssuerLevel.DISTRICT, "Hồ Chí Minh", "3",
            "2024-06", 2024, null, null),
        new Case("huyện whose name nine provinces share, told apart by the province the text names", """
            ỦY BAN NHÂN DÂN
            HUYỆN CHÂU THÀNH
            Số:       /KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Châu Thành, ngày     tháng 5 năm 2022

            KẾ HOẠCH
            Thực hiện công tác dân số năm 2022

            Căn cứ Kế hoạch số 102/KH-UBND ngày 10/3/2022 của UBND tỉnh Tiền Giang về công tác dân số năm 2022 trên địa bàn tỉnh Tiền Giang;
            """ + BODY, null, "Thực hiện công tác dân số năm 2022", IssuerLevel.DISTRICT, "Tiền Giang", "Châu Thành",
            "2022-05", 2022, null, null),
        new Case("period plan of a province", """
            ỦY BAN NHÂN DÂN
            TỈNH LÀO CAI
            Số: 301/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Lào Cai, ngày 15 tháng 7 năm 2021

            KẾ HOẠCH
            Thực hiện Đề án phát triển du lịch cộng đồng
            giai đoạn 2021 - 2025, định hướng đến năm 2030
            """ + BODY, "301/KH-UBND",
            "Thực hiện Đề án phát triển du lịch cộng đồng giai đoạn 2021 - 2025, định hướng đến năm 2030",
            IssuerLevel.PROVINCE, "Lào Cai", null, "2021-07-15", null, new Period(2021, 2025), null),
        new Case("school under a district education office", """
            PHÒNG GD&ĐT HUYỆN YÊN THẾ
            TRƯỜNG THCS BỐ HẠ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 12/KH-THCS
            Bố Hạ, ngày 20 tháng 9 năm 2024

            KẾ HOẠCH
            Giáo dục kỹ năng sống cho học sinh năm học 2024 - 2025
            """ + BODY + """
            HIỆU TRƯỞNG
            Đỗ Minh Tâm
            """, "12/KH-THCS", "Giáo dục kỹ năng sống cho học sinh năm học 2024 - 2025", IssuerLevel.SCHOOL,
            "Bắc Giang", "Yên Thế", "2024-09-20", null, new Period(2024, 2025), "Đỗ Minh Tâm"),
        new Case("district office named only in the sentence that builds the plan", """
            KẾ HOẠCH
            Tổ chức Hội khỏe Phù Đổng cấp huyện năm 2023

            Thực hiện Kế hoạch số 88/KH-SGDĐT ngày 02/3/2023 của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo huyện Lục Ngạn xây dựng Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm 2023 như sau:
            """ + BODY, null, "Tổ chức Hội khỏe Phù Đổng cấp huyện năm 2023", IssuerLevel.AGENCY, "Bắc Giang",
            "Lục Ngạn", null, 2023, null, null),
        new Case("province named only in the title", """
            KẾ HOẠCH
            Phòng, chống thiên tai năm 2023 trên địa bàn tỉnh Quảng Bình

            Nhằm chủ động ứng phó với thiên tai, bảo vệ tính mạng và tài sản của nhân dân.
            """ + BODY, null, "Phòng, chống thiên tai năm 2023 trên địa bàn tỉnh Quảng Bình", IssuerLevel.PROVINCE,
            "Quảng Bình", null, null, 2023, null, null),
        new Case("plan year only in the sentence that builds the plan", """
            UBND HUYỆN LỤC NAM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 40/KH-UBND
            Lục Nam, ngày 02 tháng 12 năm 2023

            KẾ HOẠCH
            Tổ chức các hoạt động Tết Nguyên đán

            Căn cứ Chỉ thị số 25/CT-UBND ngày 20/11/2023 của UBND tỉnh; Ủy ban nhân dân huyện xây dựng kế hoạch tổ chức các hoạt động Tết Nguyên đán Giáp Thìn năm 2024 như sau:
            """ + BODY, "40/KH-UBND", "Tổ chức các hoạt động Tết Nguyên đán", IssuerLevel.DISTRICT, "Bắc Giang",
            "Lục Nam", "2023-12-02", 2024, null, null),
        new Case("place-date line under the title, as web copies have it", """
            ỦY BAN NHÂN DÂN
            THỊ TRẤN BỐ HẠ
            KẾ HOẠCH
            Phát triển phong trào thể dục thể thao năm 2024
            Bố Hạ, ngày 12 tháng 3 năm 2024

            Thực hiện Kế hoạch số 20/KH-UBND ngày 01/3/2024 của UBND huyện Yên Thế, Ủy ban nhân dân thị trấn xây dựng kế hoạch như sau:
            """ + BODY, null, "Phát triển phong trào thể dục thể thao năm 2024", IssuerLevel.COMMUNE, "Bắc Giang",
            "Yên Thế", "2024-03-12", 2024, null, null),
        new Case("city of a centrally-run city is a district", """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ THỦ ĐỨC
            Số: 512/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Thủ Đức, ngày 21 tháng 11 năm 2023

            KẾ HOẠCH
            Chăm sóc sức khỏe người cao tuổi năm 2024
            """ + BODY, "512/KH-UBND", "Chăm sóc sức khỏe người cao tuổi năm 2024", IssuerLevel.DISTRICT, "Hồ Chí Minh",
            "Thủ Đức", "2023-11-21", 2024, null, null),
        new Case("party committee of a huyện", """
            ĐẢNG BỘ TỈNH TIỀN GIANG
            HUYỆN ỦY CÁI BÈ
            Số: 56-KH/HU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Cái Bè, ngày 03 tháng 4 năm 2023

            KẾ HOẠCH
            Tổ chức học tập chuyên đề năm 2023
            """ + BODY, "56-KH/HU", "Tổ chức học tập chuyên đề năm 2023", IssuerLevel.DISTRICT, "Tiền Giang", "Cái Bè",
            "2023-04-03", 2023, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void readsTheMetadataOfAnInventedPlan(Case c) {
    MetadataResult r = extract(c.text());
    PlanDocument d = r.document();
    assertAll(c.name(),
        () -> assertEquals(c.number(), d.number(), "number"),
        () -> assertEquals(c.title(), d.title(), "title"),
        () -> assertEquals(c.level(), d.issuer().level(), "issuer level of " + d.issuer()),
        () -> assertEquals(c.province(), d.location().province(), "province"),
        () -> assertEquals(c.district(), d.location().district(), "district"),
        () -> assertEquals(c.issuedDate(), d.issuedDate(), "issued date"),
        () -> assertEquals(c.planYear(), d.planYear(), "plan year"),
        () -> assertEquals(c.period(), d.period(), "period"),
        () -> assertEquals(c.signer(), r.signer() == null ? null : r.signer().name(), "signer"));
  }

  @Test
  void aDecisionIssuingThePlanGivesTheDocumentItsNumberDateIssuerAndSigner() {
    MetadataResult r = extract("""
        ỦY BAN NHÂN DÂN
        HUYỆN LẠNG GIANG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 1520/QĐ-UBND
        Lạng Giang, ngày 14 tháng 3 năm 2024

        QUYẾT ĐỊNH
        Về việc ban hành Kế hoạch chuyển đổi số huyện Lạng Giang năm 2024
        CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LẠNG GIANG

        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;
        Xét đề nghị của Trưởng phòng Văn hóa và Thông tin huyện.

        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số huyện Lạng Giang năm 2024.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        Điều 3. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này./.
        Nơi nhận:
        - Như Điều 3;
        - UBND tỉnh (b/c);
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Hoàng Văn Nam

        ỦY BAN NHÂN DÂN
        HUYỆN LẠNG GIANG
        KẾ HOẠCH
        Chuyển đổi số huyện Lạng Giang năm 2024
        (Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 14/3/2024 của UBND huyện)

        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        Phát triển chính quyền số, kinh tế số, xã hội số.
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Phát triển hạ tầng số.
        III. TỔ CHỨC THỰC HIỆN
        Văn phòng HĐND và UBND huyện tham mưu triển khai.
        """);
    PlanDocument d = r.document();
    assertAll(
        () -> assertEquals("1520/QĐ-UBND", d.number()),
        () -> assertEquals("2024-03-14", d.issuedDate()),
        () -> assertEquals("Chuyển đổi số huyện Lạng Giang năm 2024", d.title()),
        () -> assertEquals(IssuerLevel.DISTRICT, d.issuer().level()),
        () -> assertEquals("Lạng Giang", d.location().district()),
        () -> assertEquals("Bắc Giang", d.location().province()),
        () -> assertEquals(2024, d.planYear()),
        () -> assertEquals("Hoàng Văn Nam", r.signer().name()),
        () -> assertEquals("Phó Chủ tịch", r.signer().title()),
        () -> assertEquals("KT. CHỦ TỊCH", r.signer().authority()),
        () -> assertEquals(List.of("Như Điều 3", "UBND tỉnh (b/c)", "Lưu: VT"), r.recipients()));
  }

  @Test
  void aDecisionWithoutAnAnnexTitleGivesThePlanItsNameFromTheDecisionTitle() {
    MetadataResult r = extract("""
        ỦY BAN NHÂN DÂN TỈNH
        QUẢNG NAM
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 2101/QĐ-UBND
        Quảng Nam, ngày 08 tháng 8 năm 2024
        QUYẾT ĐỊNH
        Về việc ban hành Kế hoạch phát triển du lịch cộng đồng năm 2024
        Căn cứ Luật Du lịch năm 2017;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kế hoạch phát triển du lịch cộng đồng với các nội dung sau:
        I. MỤC TIÊU
        - Đón 50.000 lượt khách.
        II. NHIỆM VỤ
        - Xây dựng 05 điểm du lịch cộng đồng.
        Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
        CHỦ TỊCH
        Lê Văn Dũng
        """);
    PlanDocument d = r.document();
    assertAll(
        () -> assertEquals("Phát triển du lịch cộng đồng năm 2024", d.title()),
        () -> assertEquals("2101/QĐ-UBND", d.number()),
        () -> assertEquals("2024-08-08", d.issuedDate()),
        () -> assertEquals(IssuerLevel.PROVINCE, d.issuer().level()),
        () -> assertEquals("Quảng Nam", d.location().province()),
        () -> assertNull(d.location().district()),
        () -> assertEquals(2024, d.planYear()),
        () -> assertEquals("Lê Văn Dũng", r.signer().name()),
        () -> assertEquals("Chủ tịch", r.signer().title()));
  }

  @Test
  void readsAHeaderWhoseCellsAPdfReaderGluedOntoOneLine() {
    MetadataResult r = extract("""
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        THÀNH PHỐ UÔNG BÍ Độc lập - Tự do - Hạnh phúc
        Số: 61 /KH-UBND Uông Bí, ngày 03 tháng 3 năm 2023
        KẾ HOẠCH
        Phòng, chống đuối nước trẻ em năm 2023
        """ + BODY);
    PlanDocument d = r.document();
    assertAll(
        () -> assertEquals("61/KH-UBND", d.number()),
        () -> assertEquals("2023-03-03", d.issuedDate()),
        () -> assertEquals("Uông Bí", d.place()),
        () -> assertEquals(IssuerLevel.DISTRICT, d.issuer().level(), d.issuer()::toString),
        () -> assertEquals("Quảng Ninh", d.location().province()),
        () -> assertEquals("Uông Bí", d.location().district()));
  }

  @Test
  void anAnnexWithoutItsDecisionTakesTheNumberAndDateFromItsNote() {
    MetadataResult r = extract("""
        KẾ HOẠCH
        Phòng, chống tác hại của thuốc lá năm 2024
        (Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 09/01/2024 của UBND huyện Hiệp Hòa)
        """ + BODY);
    assertEquals("45/QĐ-UBND", r.document().number());
    assertEquals("2024-01-09", r.document().issuedDate());
  }

  @Test
  void anIssueDateThatDoesNotExistIsNullWithAWarning() {
    MetadataResult r = extract("""
        UBND HUYỆN TÂN YÊN
        Số: 33/KH-UBND
        Tân Yên, ngày 30 tháng 02 năm 2023
        KẾ HOẠCH
        Phát triển thể dục thể thao năm 2023
        """ + BODY);
    assertNull(r.document().issuedDate());
    assertEquals("ngày 30 tháng 02 năm 2023", r.document().issuedDateText());
    assertEquals(1, r.warnings().size(), r.warnings()::toString);
    assertEquals(WarningCode.INVALID_DATE.name(), r.warnings().get(0).code());
    assertNotNull(r.warnings().get(0).span());
    assertTrue(r.warnings().get(0).message().contains("30 tháng 02"), r.warnings().get(0)::message);
  }

  @Test
  void readsTheSignersTitleAndAuthorityInRunningCase() {
    MetadataResult r = extract("""
        UBND TỈNH BẮC GIANG
        SỞ Y TẾ
        Số: 7/KH-SYT
        Bắc Giang, ngày 02 tháng 02 năm 2024
        KẾ HOẠCH
        Tiêm chủng mở rộng năm 2024
        """ + BODY + """
        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC
        Ngô Văn Thành
        """);
    assertEquals("Phó Giám đốc", r.signer().title());
    assertEquals("KT. GIÁM ĐỐC", r.signer().authority());
    assertEquals(List.of("Như trên", "Lưu: VT"), r.recipients());
    assertEquals("SỞ Y TẾ", r.document().issuer().name());
  }

  @Test
  void noSignerWhenNoNameIsPrinted() {
    MetadataResult r = extract("""
        UBND HUYỆN SƠN ĐỘNG
        Số: 3/KH-UBND
        Sơn Động, ngày 02 tháng 02 năm 2024
        KẾ HOẠCH
        Phòng cháy chữa cháy năm 2024
        """ + BODY);
    assertNull(r.signer());
  }

  @Test
  void aCommuneIsNamedAsTheGazetteerSpellsIt() {
    MetadataResult r = extract(plans().filter(c -> c.name().startsWith("place-date line under")).findFirst()
        .orElseThrow().text());
    assertEquals("Bố Hạ", r.document().location().commune());
    assertEquals("Bố Hạ", r.document().place());
    assertEquals("ỦY BAN NHÂN DÂN THỊ TRẤN BỐ HẠ", r.document().issuer().name());
  }

  @Test
  void keepsTheIssueDateAsWrittenWithItsBlanks() {
    MetadataResult r = extract(plans().filter(c -> c.name().startsWith("huyện whose name")).findFirst().orElseThrow()
        .text());
    assertEquals("ngày     tháng 5 năm 2022", r.document().issuedDateText());
    assertEquals("Châu Thành", r.document().place());
  }

  @Test
  void givesTheSameResultsFromManyThreads() {
    List<String> texts = plans().map(Case::text).toList();
    List<MetadataResult> serial = texts.stream().map(MetadataExtractorTest::extract).toList();
    List<MetadataResult> parallel = IntStream.range(0, texts.size() * 4).parallel()
        .mapToObj(i -> extract(texts.get(i % texts.size()))).toList();
    for (int i = 0; i < parallel.size(); i++) {
      assertEquals(serial.get(i % texts.size()), parallel.get(i), texts.get(i % texts.size()));
    }
  }

  @Test
  void emptyTextGivesAnEmptyDocument() {
    MetadataResult r = extract("");
    assertNull(r.document().title());
    assertNull(r.document().number());
    assertEquals(IssuerLevel.UNKNOWN, r.document().issuer().level());
    assertNull(r.signer());
  }
}
