package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.model.PlanStructure;

/**
 * Fires shuffled plan fragments and noise at the segmenter: it must never throw and must keep every invariant.
 * The seed is printed in the failure message; rerun with -Dkehoach.seed=N to reproduce.
 */
class SegmenterRandomTest {
  private static final Segmenter SEGMENTER = new Segmenter();

  private static final List<String> FRAGMENTS = List.of(
      "ỦY BAN NHÂN DÂN", "HUYỆN AN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Số: 12/KH-UBND", "An Phú, ngày 3 tháng 4 năm 2024", "KẾ HOẠCH", "KẾ HOẠCH Thực hiện công tác dân số",
      "QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "Về việc ban hành Kế hoạch", "Căn cứ Luật Trẻ em năm 2016;",
      "Thực hiện Kế hoạch số 5/KH-UBND;", "Điều 1. Ban hành kèm theo", "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ",
      "III. KINH PHÍ: Ngân sách huyện.", "V. TỔ CHỨC THỰC HIỆN", "1. MỤC TIÊU", "2. NHIỆM VỤ", "1.1. Nội dung",
      "a) Tuyên truyền", "- Phối hợp thực hiện;", "+ Tập huấn", "* Mô hình 1: Câu lạc bộ", "• Hỗ trợ",
      "Chỉ tiêu 3: đạt 95%.", "Trên đây là kế hoạch./.", "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "(Đã ký)", "-------", "Trang chủ > Văn bản",
      "(Ban hành kèm theo Quyết định số 1/QĐ-UBND)", "2020. Ủy ban nhân dân", "1/6 hằng năm", "MỤC ĐÍCH YÊU CẦU",
      "Văn bản thường với dấu hai chấm: và chấm phẩy; cuối câu.", "\u00A0", "\t", "", "", "HI. KINH PHÍ", "PHẦN I",
      "A. NỘI DUNG", "Số:", ":", "-", "./.", "Nơi nhận: - Như trên;", "- Sở Y tế;\tPHÓ CHỦ TỊCH");

  @Test
  void neverThrowsAndKeepsInvariants() {
    long seed = Long.getLong("kehoach.seed", System.nanoTime());
    Random r = new Random(seed);
    for (int doc = 0; doc < 400; doc++) {
      StringBuilder sb = new StringBuilder();
      int lines = r.nextInt(60);
      for (int i = 0; i < lines; i++) {
        if (r.nextInt(10) == 0) {
          sb.append(noise(r));
        } else {
          sb.append(FRAGMENTS.get(r.nextInt(FRAGMENTS.size())));
        }
        sb.append(r.nextInt(12) == 0 ? "\r\n" : r.nextInt(8) == 0 ? " \t " : "\n");
      }
      String text = sb.toString();
      try {
        PlanStructure s = SEGMENTER.segment(text);
        StructureInvariants.check(text, s);
      } catch (RuntimeException | AssertionError e) {
        fail("seed " + seed + ", document " + doc + " failed: " + e + "\n---\n" + text, e);
      }
    }
  }

  private static String noise(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(40);
    String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠĐÊỆ0123456789 .,;:-–+*•()/\t\u00A0\u200B\uFFFD";
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
