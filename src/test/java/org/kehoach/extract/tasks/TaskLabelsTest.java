package org.kehoach.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.extract.tasks.TaskLabels.Label;

class TaskLabelsTest {
  private static final TaskLabels LABELS = new TaskLabels();

  /** A task's text (\n for line breaks), the fields its labels introduce, and the first value. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "- Cơ quan chủ trì: Phòng Nội vụ.|LEAD|Phòng Nội vụ.",
    "- Cơ quan, đơn vị phối hợp thực hiện: Các phòng, ban, ngành.|PARTNER|Các phòng, ban, ngành.",
    "- Thời gian thực hiện: Quý II, IV năm 2025.|TIMELINE|Quý II, IV năm 2025.",
    "+ Đơn vị chủ trì thực hiện: Sở Y tế|LEAD|Sở Y tế",
    "Chủ trì: Trạm Y tế xã\\nPhối hợp: Công an xã\\nTiến độ: tháng 5|LEAD PARTNER TIMELINE|Trạm Y tế xã",
    "• Đơn vị thực hiện: Đài Truyền thanh|EXECUTOR|Đài Truyền thanh",
    "Cơ quan chịu trách nhiệm: Sở Xây dựng; thời hạn hoàn thành: 30/6/2026|EXECUTOR TIMELINE|Sở Xây dựng; thời hạn hoàn thành: 30/6/2026",
    "Rà soát hộ nghèo. Cơ quan chủ trì: Sở LĐ-TB&XH; sản phẩm: báo cáo.|LEAD OTHER|Sở LĐ-TB&XH; sản phẩm: báo cáo.",
    "Tổ chức thực hiện: theo kế hoạch riêng.||",
    "Huy động các đơn vị phối hợp: Công an, Quân sự.||",
    "Các thành viên Ban chỉ đạo chủ trì: tuyên truyền.||",
  })
  void findsLabelsWhereAFieldStarts(String text, String fields, String firstValue) {
    String t = text.replace("\\n", "\n");
    List<Label> found = LABELS.find(t, 0, t.length());
    assertEquals(fields == null ? "" : fields, String.join(" ", found.stream().map(l -> l.field().name()).toList()), t);
    if (!found.isEmpty()) {
      assertEquals(firstValue, t.substring(found.get(0).valueStart(), t.length()).strip().split("\n")[0], t);
    }
  }
}
