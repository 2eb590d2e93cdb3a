package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineJoinFilterTest {
  /** Lines wrapped at about 75 characters, as a justified A4 page in 14 pt prints them. */
  private static final String WRAPPED = String.join("\n",
      "KẾ HOẠCH",
      "Phòng, chống tai nạn thương tích và đuối nước cho trẻ em",
      "trên địa bàn xã năm 2024",
      "Căn cứ Kế hoạch số 45/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân huyện về",
      "việc phòng, chống đuối nước cho trẻ em; Ủy ban nhân dân xã xây dựng kế hoạch",
      "thực hiện như sau:",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "Nâng cao nhận thức của gia đình, nhà trường và cộng đồng về phòng, chống tai",
      "nạn thương tích cho trẻ em. Giảm số trẻ em bị đuối nước so với năm 2023 của",
      "Ủy ban nhân dân xã và các thôn trên địa bàn.",
      "2. Yêu cầu",
      "- Các ngành phối hợp chặt chẽ, thường xuyên kiểm tra, đôn đốc các thôn, tổ",
      "dân phố thực hiện.",
      "- Báo cáo kết quả về Phòng Văn hóa và Thông tin theo Kế hoạch số 75/KH-",
      "UBND ngày 2/5/2024 của Ủy ban nhân dân huyện giai đoạn 2021-",
      "2025.",
      "a) Thời gian thực hiện: cả năm",
      "+ Thôn Đông, thôn Tây",
      "Nơi nhận:",
      "- Như trên;");

  private static String join(String s) {
    return new LineJoinFilter().apply(PagedText.unpaged(s)).text();
  }

  @Test
  void wrappedSentencesJoinAndBlocksStay() {
    String expected = String.join("\n",
        "KẾ HOẠCH",
        "Phòng, chống tai nạn thương tích và đuối nước cho trẻ em trên địa bàn xã năm 2024",
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân huyện về việc phòng, chống"
            + " đuối nước cho trẻ em; Ủy ban nhân dân xã xây dựng kế hoạch thực hiện như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Nâng cao nhận thức của gia đình, nhà trường và cộng đồng về phòng, chống tai nạn thương tích cho"
            + " trẻ em. Giảm số trẻ em bị đuối nước so với năm 2023 của Ủy ban nhân dân xã và các thôn trên"
            + " địa bàn.",
        "2. Yêu cầu",
        "- Các ngành phối hợp chặt chẽ, thường xuyên kiểm tra, đôn đốc các thôn, tổ dân phố thực hiện.",
        "- Báo cáo kết quả về Phòng Văn hóa và Thông tin theo Kế hoạch số 75/KH-UBND ngày"
            + " 2/5/2024 của Ủy ban nhân dân huyện giai đoạn 2021-2025.",
        "a) Thời gian thực hiện: cả năm",
        "+ Thôn Đông, thôn Tây",
        "Nơi nhận:",
        "- Như trên;");
    assertEquals(expected, join(WRAPPED));
  }

  @Test
  void anAmountWrappedAwayFromItsLabelRejoinsIt() {
    assertEquals("+ Dự án 2: Đào tạo cán bộ xã: 250.000.000đ\n+ Dự án 3: Truyền thông:",
        join("+ Dự án 2: Đào tạo cán bộ xã:\n\n250.000.000đ\n+ Dự án 3: Truyền thông:"));
    assertEquals("Chỉ tiêu:\n2. Phòng Y tế", join("Chỉ tiêu:\n2. Phòng Y tế"));
  }

  @Test
  void joiningKeepsPages() {
    PagedText in = PagedText.ofPages(List.of("giảm số trẻ em bị tai nạn tại các xã, thị", "trấn trên địa bàn."));
    PagedText out = new LineJoinFilter().apply(in);
    assertEquals("giảm số trẻ em bị tai nạn tại các xã, thị trấn trên địa bàn.", out.text());
    assertEquals(2, out.pageAt(out.text().indexOf("trấn")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "- Tổ chức", "+ Hỗ trợ", "* Mô hình 1: Dạy bơi", "1. Phòng Y tế", "1.1. Mục tiêu", "2.3 Nội dung", "a) Đối tượng",
      "II. NHIỆM VỤ", "Điều 2. Hiệu lực", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Căn cứ Luật Trẻ em",
      "Số: 12/KH-UBND", "An Phú, ngày 5 tháng 6 năm 2024"})
  void blockStartsAreNeverJoined(String line) {
    String out = join(WRAPPED + "\nNội dung đoạn trước chưa có dấu chấm cuối câu và kéo dài gần hết dòng in ra\n" + line);
    assertTrue(out.endsWith("dòng in ra\n" + line), out);
  }

  @Test
  void aPageBreakInsideASentenceIsJoinedAcrossBlankLines() {
    String in = WRAPPED + "\nChủ trì, phối hợp các ngành liên quan tổ chức vận động Quỹ bảo trợ trẻ em và"
        + "\n\n\nhướng dẫn các xã thực hiện.";
    String out = join(in);
    assertEquals("Chủ trì, phối hợp các ngành liên quan tổ chức vận động Quỹ bảo trợ trẻ em và hướng dẫn các"
        + " xã thực hiện.", out.substring(out.lastIndexOf('\n') + 1));
  }

  @Test
  void aShortLineIsNotContinuedAcrossABlankLine() {
    String in = "Trần Văn An\n\ntheo Nghị quyết của Huyện ủy";
    assertEquals(in, join(in));
  }

  @Test
  void aSpacedDashAtALineEndJoinsWithASpace() {
    assertEquals("Sở Lao động - Thương binh và Xã hội", join("Sở Lao động -\nThương binh và Xã hội"));
    assertEquals("các tổ chức chính trị - xã hội huyện", join("các tổ chức chính trị\n- xã hội huyện"));
    assertEquals("Kế hoạch số 56/KH - UBND ngày 2/3", join("Kế hoạch số 56/KH\n- UBND ngày 2/3"));
  }

  @Test
  void paragraphsOfAWordFileAreNotJoinedByLength() {
    String in = "Tăng cường công tác tuyên truyền về bảo vệ trẻ em trên địa bàn các xã và thị trấn trong năm"
        + " học mới, nhất là các xã vùng sâu\nPhòng Giáo dục chủ trì thực hiện";
    assertEquals(in, join(in));
  }


  @Test
  void inTextWithABlankLineAfterEveryLineOneBlankLineIsAPlainBreak() {
    String in = String.join("\n\n",
        "KẾ HOẠCH", "Triển khai công tác trẻ em", "trên địa bàn xã năm 2025", "I. MỤC ĐÍCH",
        "- Tổ chức tốt các hoạt động;", "tăng cường kiểm tra.", "Phối hợp với các ngành.");
    assertEquals(String.join("\n\n",
        "KẾ HOẠCH", "Triển khai công tác trẻ em trên địa bàn xã năm 2025", "I. MỤC ĐÍCH",
        "- Tổ chức tốt các hoạt động; tăng cường kiểm tra.", "Phối hợp với các ngành."), join(in));
  }

  @Test
  void wrapWidthIsWhatSortingTheLinesGives() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 5_000; round++) {
      String[] stripped = new String[random.nextInt(40)];
      // lengths around both bounds of the wrap width, blank lines among them
      int typical = random.nextInt(200);
      for (int i = 0; i < stripped.length; i++) {
        int length = random.nextInt(4) == 0 ? 0 : Math.max(0, typical + random.nextInt(60) - 40);
        stripped[i] = "Mười m".repeat(length / 6 + 1).substring(0, length);
      }
      double[] widths = new double[stripped.length];
      assertEquals(sortedWrapWidth(stripped), LineJoinFilter.wrapWidth(stripped, widths), "seed " + seed);
    }
  }

  @Test
  void theKthSmallestIsWhatSortingGives() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 20_000; round++) {
      // few distinct values, so runs of equal widths, ascending and descending orders come up too
      double[] a = new double[1 + random.nextInt(60)];
      int distinct = 1 + random.nextInt(a.length + 1);
      for (int i = 0; i < a.length; i++) {
        a[i] = 250 * random.nextInt(distinct);
      }
      if (round % 3 == 1) {
        Arrays.sort(a);
      }
      double[] sorted = a.clone();
      Arrays.sort(sorted);
      int k = random.nextInt(a.length);
      assertEquals(sorted[k], LineJoinFilter.kthSmallest(a, k), "seed " + seed + ", k " + k);
    }
  }

  /** The wrap width as first written: sort the line lengths and the widths, read their 90th percentiles. */
  private static double sortedWrapWidth(String[] stripped) {
    List<String> content = Arrays.stream(stripped).filter(l -> !l.isEmpty()).toList();
    int count = content.size();
    if (count < 5) {
      return 0;
    }
    int[] chars = content.stream().mapToInt(String::length).sorted().toArray();
    int p90 = (int) Math.floor(0.9 * (count - 1));
    if (chars[p90] > 150 || chars[p90] < 30) {
      return 0;
    }
    double[] widths = content.stream().mapToDouble(LineJoinFilter::printedWidth).sorted().toArray();
    double width = widths[p90];
    long full = Arrays.stream(widths).filter(w -> w >= 0.85 * width).count();
    return full >= 0.25 * count ? width : 0;
  }
}
