package org.kehoach.extract.agencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.extract.agencies.AgencyMention.Kind;
import org.kehoach.gazetteer.Gazetteers;

/** The list shapes of plans of other provinces, levels and domains, invented in the pattern of real ones. */
class AgencyListParserTest {
  private static AgencyListParser parser;

  @BeforeAll
  static void load() {
    parser = new AgencyListParser(Gazetteers.loadDefault());
  }

  private static String names(List<AgencyMention> mentions) {
    return String.join(" ; ", mentions.stream().map(AgencyMention::name).toList());
  }

  private static String kinds(List<AgencyMention> mentions) {
    return String.join(" ", mentions.stream().map(m -> m.kind().name()).toList());
  }

  /** A labelled value: every piece is kept, known names canonically, the rest as written. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Phòng Nội vụ, Đồn Công an Lý Sơn.|Phòng Nội vụ ; Công an|KNOWN KNOWN",
    "Sở Y tế, Sở GD&ĐT, UBND các huyện, thành phố|Sở Y tế ; Sở Giáo dục và Đào tạo ; Ủy ban nhân dân huyện|KNOWN KNOWN KNOWN",
    "Phòng Văn hóa, Khoa học và Thông tin, Trung tâm Y tế huyện và các Hội, đoàn thể"
        + "|Phòng Văn hóa, Khoa học và Thông tin ; Trung tâm Y tế ; Các đoàn thể|KNOWN KNOWN GROUP",
    "Các phòng, ban, ngành; Hội, đoàn thể huyện|Các phòng, ban, ngành ; Hội, đoàn thể huyện|GROUP OTHER",
    "Phòng LĐ-TB&XH và UBND các xã, thị trấn|Phòng Lao động - Thương binh và Xã hội ; Ủy ban nhân dân các xã, phường, thị trấn|KNOWN KNOWN",
    "Công chức Văn hóa - Xã hội, Trạm Y tế xã|Công chức Văn hóa - Xã hội ; Trạm Y tế|NAMED KNOWN",
    "Bệnh viện Đa khoa khu vực, Hội Nông dân huyện|Bệnh viện Đa khoa khu vực ; Hội Nông dân|NAMED KNOWN",
    "Phòng GD&ĐT và các trường Mầm non, Tiểu học, THCS|Phòng Giáo dục và Đào tạo ; các trường Mầm non, Tiểu học, THCS|KNOWN GROUP",
    "Ban Giám hiệu, giáo viên chủ nhiệm|Ban Giám hiệu ; giáo viên chủ nhiệm|KNOWN OTHER",
    "Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Hội Chữ thập đỏ"
        + "|Hội Liên hiệp Phụ nữ ; Hội Nông dân ; Hội Cựu chiến binh ; Hội Chữ thập đỏ|KNOWN KNOWN KNOWN KNOWN",
    "Phòng Giáo dục và Đào tạo, Phòng Nội vụ và các cơ sở Đoàn trực thuộc"
        + "|Phòng Giáo dục và Đào tạo ; Phòng Nội vụ ; Đoàn Thanh niên Cộng sản Hồ Chí Minh|KNOWN KNOWN KNOWN",
  })
  void readsLabelledLists(String value, String names, String kinds) {
    List<AgencyMention> found = parser.field(value, 0, value.length());
    assertEquals(names, names(found), value);
    assertEquals(kinds, kinds(found), value);
  }

  @Test
  void aMentionSpansTheNameAndItsLocality() {
    String value = "Cơ quan phối hợp: Đồn Biên phòng Lý Sơn, Bệnh viện Đa khoa tỉnh.";
    List<AgencyMention> found = parser.field(value, value.indexOf(':') + 1, value.length());
    assertEquals(List.of("Đồn Biên phòng Lý Sơn", "Bệnh viện Đa khoa tỉnh"),
        found.stream().map(m -> value.substring(m.start(), m.end())).toList());
  }

  /** Headings before a colon or alone on a line; empty when they are not just names. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Phòng Lao động - Thương binh và Xã hội|Phòng Lao động - Thương binh và Xã hội",
    "Đề nghị Công đoàn, Đoàn TNCS Hồ Chí Minh, Liên đội"
        + "|Công đoàn ; Đoàn Thanh niên Cộng sản Hồ Chí Minh ; Liên đội Thiếu niên Tiền phong Hồ Chí Minh",
    "Giao Sở Kế hoạch và Đầu tư|Sở Kế hoạch và Đầu tư",
    "Trách nhiệm của Sở Xây dựng|Sở Xây dựng",
    "Phòng Y tế, Trung tâm Y tế Huyện|Phòng Y tế ; Trung tâm Y tế",
    "Trường Tiểu học Kim Đồng|Trường Tiểu học Kim Đồng",
    "Sở Y tế chủ trì tổ chức các hoạt động sau|",
    "Nội dung phụ trách|",
    "Đối với cộng đồng dân cư, trường học|",
    "Phân công cán bộ quản lý phụ trách|",
    "Mục tiêu cụ thể|",
  })
  void readsHeadings(String heading, String expected) {
    assertEquals(expected == null ? "" : expected, names(parser.heading(heading, 0, heading.length())), heading);
  }

  /** The known names a sentence starts with; after a delegating verb, the names it hands duties to. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Đề nghị Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh tăng cường tuyên truyền."
        + "|Ủy ban Mặt trận Tổ quốc Việt Nam ; Các tổ chức chính trị - xã hội",
    "Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức khám sức khỏe.|Sở Y tế",
    "Giao Phòng Nông nghiệp và PTNT hướng dẫn các xã.|Phòng Nông nghiệp và Phát triển nông thôn",
    "UBND huyện yêu cầu các phòng, ban thực hiện nghiêm túc.|Các phòng, ban, ngành",
    "Ủy ban nhân dân huyện giao Phòng Y tế chủ trì tổ chức khám sàng lọc.|Phòng Y tế",
    "Ban Chỉ đạo tỉnh ban hành Quy chế hoạt động.|",
    "Tăng cường phối hợp với Sở Y tế trong công tác phòng dịch.|",
  })
  void readsSubjects(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected, names(parser.subject(sentence, 0, sentence.length())), sentence);
  }

  @Test
  void readsBareNamesAfterACollectiveHeading() {
    String text = "Các Sở: Y tế, Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội căn cứ chức năng, nhiệm vụ triển khai.";
    int colon = text.indexOf(':');
    List<AgencyMention> heading = parser.heading(text, 0, colon);
    assertEquals(Kind.GROUP, heading.get(0).kind());
    Optional<String> prefix = parser.typePrefix(text, heading.get(0));
    assertEquals(Optional.of("Sở"), prefix);
    List<AgencyMention> typed = parser.typedList(text, colon + 1, text.length(), prefix.get());
    assertEquals("Sở Y tế ; Sở Giáo dục và Đào tạo ; Sở Lao động - Thương binh và Xã hội", names(typed));
    assertEquals("Y tế", text.substring(typed.get(0).start(), typed.get(0).end()));
  }

  @Test
  void aCollectiveHeadingOfUnknownKindHasNoPrefix() {
    String text = "Các đơn vị: Y tế, Tư pháp";
    List<AgencyMention> heading = parser.heading(text, 0, text.indexOf(':'));
    assertEquals(Optional.empty(), parser.typePrefix(text, heading.get(0)));
  }

  @Test
  void leadInsAreReadWithTheirDiacritics() {
    // "giao" (assign) is a lead-in; "Giáo dục" (education) is not, though both fold to "giao"
    String text = "Các phòng: Giáo dục và Đào tạo; Tư pháp";
    List<AgencyMention> typed = parser.typedList(text, text.indexOf(':') + 1, text.length(), "Phòng");
    assertEquals("Phòng Giáo dục và Đào tạo ; Phòng Tư pháp", names(typed));
  }

  @Test
  void findsKnownNamesInRunningText() {
    String text = "Phối hợp với Trung tâm Y tế huyện Hàm Yên và Hội Liên hiệp Phụ nữ tổ chức truyền thông.";
    List<AgencyMention> found = parser.mentions(text, 0, text.length());
    assertEquals("Trung tâm Y tế ; Hội Liên hiệp Phụ nữ", names(found));
    assertEquals("Trung tâm Y tế huyện Hàm Yên", text.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void rejectsRangesOutsideTheText() {
    String text = "Phòng Y tế";
    for (int[] r : List.of(new int[] {-1, 3}, new int[] {2, 1}, new int[] {0, 11})) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
          IllegalArgumentException.class, () -> parser.field(text, r[0], r[1]), Arrays.toString(r));
      assertTrue(e.getMessage().contains("range"), e.getMessage());
    }
  }
}
