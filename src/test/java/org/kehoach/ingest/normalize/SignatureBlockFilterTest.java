package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignatureBlockFilterTest {
  private static final String BODY = "Trên đây là kế hoạch của UBND xã Tân Hội./.\n";
  private static final String EXPECTED = BODY + String.join("\n",
      "Nơi nhận:",
      "- UBND huyện (b/c);",
      "- Các ban, ngành xã;",
      "- Lưu: VT.",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Nguyễn Thị Lan");

  private static String filter(String s) {
    return new SignatureBlockFilter().apply(PagedText.unpaged(s)).text();
  }

  @Test
  void rowsReadAcrossBothColumnsAreUntangled() {
    String in = BODY + String.join("\n",
        "Nơi nhận:",
        "TM. ỦY BAN NHÂN DÂN",
        "- UBND huyện (b/c);",
        "KT. CHỦ TỊCH",
        "- Các ban, ngành xã;",
        "PHÓ CHỦ TỊCH",
        "- Lưu: VT.",
        "",
        "Nguyễn Thị Lan");
    assertEquals(EXPECTED, filter(in));
  }

  @Test
  void theRightColumnReadFirstMovesAfterTheRecipients() {
    String in = BODY + String.join("\n",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Thị Lan",
        "Nơi nhận:",
        "- UBND huyện (b/c);",
        "- Các ban, ngành xã;",
        "- Lưu: VT.");
    assertEquals(EXPECTED, filter(in));
  }

  @Test
  void cellsMergedOnOneBaselineAreSplit() {
    String in = BODY + String.join("\n",
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
        "- UBND huyện (b/c); KT. CHỦ TỊCH",
        "- Các ban, ngành xã; PHÓ CHỦ TỊCH",
        "- Lưu: VT. Nguyễn Thị Lan");
    assertEquals(EXPECTED, filter(in));
  }

  @Test
  void aWrappedRecipientStaysWhole() {
    String in = BODY + String.join("\n",
        "Nơi nhận:",
        "KT. GIÁM ĐỐC",
        "- Các Phòng: Nội vụ, Tư pháp,",
        "Văn hóa và Thông tin;",
        "PHÓ GIÁM ĐỐC",
        "- Lưu: VT.",
        "Lê Văn Tám");
    String expected = BODY + String.join("\n",
        "Nơi nhận:", "- Các Phòng: Nội vụ, Tư pháp,", "Văn hóa và Thông tin;", "- Lưu: VT.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Tám");
    assertEquals(expected, filter(in));
  }

  @Test
  void aBlockInReadingOrderAndWhatFollowsItAreLeftAlone() {
    String in = EXPECTED + "\n\nPHỤ LỤC 1\nDanh sách các xã tham gia mô hình";
    assertEquals(in, filter(in));
  }

  @Test
  void recipientsWithoutSignatureAreLeftAlone() {
    String in = BODY + "Nơi nhận:\n- Phòng Nội vụ;\n- Lưu VT.";
    assertEquals(in, filter(in));
  }
}
