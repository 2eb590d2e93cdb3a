package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanNoiseFilterTest {
  private static String filter(String s) {
    return new ScanNoiseFilter().apply(PagedText.unpaged(s)).text();
  }

  @Test
  void stampFragmentsInsideASentenceGo() {
    String in = "báo cáo về Sở Lao động - Thương\n\nXA ĐC\nRÚC\nBÒT\nN.V\n\nbinh và Xã hội theo quy định.";
    assertEquals("báo cáo về Sở Lao động - Thương\n\n\nbinh và Xã hội theo quy định.", filter(in));
  }

  @Test
  void stampFragmentsOnOneLineGo() {
    String in = "kết nối dịch vụ\n0 ĐC RÚC TÙ BÀT P.T\ncho trẻ em khuyết tật.";
    assertEquals("kết nối dịch vụ\ncho trẻ em khuyết tật.", filter(in));
  }

  @Test
  void aRealWordBeforeTheStampIsKept() {
    String in = "Bộ Lao động -\nThương\nĐX BÀT\nbinh và Xã hội.";
    assertEquals("Bộ Lao động -\nThương\nbinh và Xã hội.", filter(in));
  }

  @Test
  void noiseBetweenParagraphsGoesWhenMostlyNoise() {
    String in = "Kết thúc mục I.\n\nQX ĐK\n\nII. NHIỆM VỤ";
    assertEquals("Kết thúc mục I.\n\n\nII. NHIỆM VỤ", filter(in));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "KẾ HOẠCH", "Nơi nhận:", "PHÓ CHỦ TỊCH", "Trần Văn Bình", "I. MỤC TIÊU", "TM. ỦY BAN NHÂN DÂN",
      "KT. GIÁM ĐỐC", "(Đã ký)", "UBND TỈNH", "Lê Thị Hoa", "HĐND", "V. KINH PHÍ", "Thương binh"})
  void realShortLinesStay(String line) {
    String in = "Đoạn văn trước kết thúc.\n" + line + "\nđoạn sau viết thường";
    assertEquals(in, filter(in));
  }

  @Test
  void shortTableCellsStay() {
    String in = "Bảng phân công:\nSTT\nĐơn vị\nChỉ tiêu\n1\nPhòng GD\n95%\n2\nTrạm YT\nXB\n3\nCA\n100%\nHết bảng.";
    assertEquals(in, filter(in));
  }
}
