package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class FootnoteFiltersTest {
  @Test
  void docxReferencesGoAndNotesMoveToTheEnd() {
    String in = "- Chỉ tiêu 3: giảm xuống dưới 4,5% [footnoteRef:1]; duy trì 100%.\n"
        + "theo Nghị quyết của Huyện ủy\n\n- Chỉ tiêu 4: đạt 98%.\nHết.";
    PagedText out = new DocxFootnoteFilter().apply(PagedText.unpaged(in));
    assertEquals("- Chỉ tiêu 3: giảm xuống dưới 4,5%; duy trì 100%.\n\n- Chỉ tiêu 4: đạt 98%.\nHết."
        + "\n\ntheo Nghị quyết của Huyện ủy", out.text());
  }

  @Test
  void twoReferencesInOneParagraphTakeTwoNotes() {
    String in = "Căn cứ Luật[footnoteRef:1] và Nghị định[footnoteRef:2] số 56.\nLuật Trẻ em 2016\nNghị định 56/2017\nTiếp.";
    PagedText out = new DocxFootnoteFilter().apply(PagedText.unpaged(in));
    assertEquals("Căn cứ Luật và Nghị định số 56.\nTiếp.\n\nLuật Trẻ em 2016\n\nNghị định 56/2017", out.text());
  }

  @Test
  void textWithoutReferencesIsUntouched() {
    PagedText in = PagedText.unpaged("Không có chú thích.");
    assertSame(in, new DocxFootnoteFilter().apply(in));
  }

  @Test
  void aPageNoteLeavesItsMarkerAndPage() {
    PagedText in = PagedText.ofPages(List.of(
        "- Chỉ tiêu 1: giảm tỷ lệ suy dinh dưỡng xuống dưới 6,2% 1; giảm tỷ lệ thấp còi\n"
            + "xuống dưới 8%; tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đạt\n"
            + "1theo Nghị quyết của Đảng bộ huyện",
        "95% trở lên."));
    PagedText out = new PageFootnoteFilter().apply(in);
    assertEquals("- Chỉ tiêu 1: giảm tỷ lệ suy dinh dưỡng xuống dưới 6,2%; giảm tỷ lệ thấp còi\n"
        + "xuống dưới 8%; tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đạt\n95% trở lên."
        + "\n\ntheo Nghị quyết của Đảng bộ huyện", out.text());
    assertEquals(2, out.pageAt(out.text().indexOf("95% trở")));
  }

  @Test
  void aMarkerAfterAWordWithTwoNotesAndAContinuationLine() {
    PagedText in = PagedText.ofPages(List.of(
        "báo cáo Ủy ban nhân dân Huyện 1 xem xét, giải quyết; Phòng Y tế 2, Trạm Y tế\n"
            + "1qua Phòng Lao động - Thương binh và Xã hội\n"
            + "2gồm cả Trung tâm Y tế huyện và các\n"
            + "trạm y tế xã",
        "Hết."));
    PagedText out = new PageFootnoteFilter().apply(in);
    assertEquals("báo cáo Ủy ban nhân dân Huyện xem xét, giải quyết; Phòng Y tế, Trạm Y tế\nHết."
        + "\n\nqua Phòng Lao động - Thương binh và Xã hội\n\ngồm cả Trung tâm Y tế huyện và các trạm y tế xã",
        out.text());
  }

  @Test
  void countedNumbersAreNeverTakenForMarkers() {
    PagedText in = PagedText.ofPages(List.of(
        "- Chỉ tiêu 1: trẻ em dưới 1 tuổi; năm 1 của giai đoạn\n1Mục tiêu quốc gia", "tiếp"));
    PagedText out = new PageFootnoteFilter().apply(in);
    assertEquals(in.text(), out.text());
  }

  @Test
  void anOcrQuoteMarkerAndAGluedNoteAreRecognised() {
    PagedText in = PagedText.ofPages(List.of(
        "kịp thời báo cáo Ủy ban nhân dân Huyện ' xem xét, giải quyết./.\n1qua Phòng Nội vụ"));
    PagedText out = new PageFootnoteFilter().apply(in);
    assertEquals("kịp thời báo cáo Ủy ban nhân dân Huyện xem xét, giải quyết./.\n\n\nqua Phòng Nội vụ", out.text());
  }

  @Test
  void unpagedTextIsUntouched() {
    PagedText in = PagedText.unpaged("giảm 5% 1;\n1theo Nghị quyết");
    assertSame(in, new PageFootnoteFilter().apply(in));
  }
}
