package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.model.SectionKind;

class SectionKindClassifierTest {
  private static final SectionKindClassifier KINDS = SectionKindClassifier.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      MỤC ĐÍCH, YÊU CẦU                         | PURPOSE
      MỤC ĐÍCH YÊU CẦU                          | PURPOSE
      Mục đích, yêu cầu                         | PURPOSE
      MỤC TIÊU.                                 | OBJECTIVES
      MỤC TIÊU, CHỈ TIÊU                        | OBJECTIVES
      QUAN ĐIỂM, MỤC TIÊU                       | OBJECTIVES
      CÁC CHỈ TIÊU CHỦ YẾU                      | OBJECTIVES
      NHIỆM VỤ VÀ GIẢI PHÁP                     | TASKS
      NHIỆM VỤ TRỌNG TÂM                        | TASKS
      NỘI DUNG HOẠT ĐỘNG                        | TASKS
      CÁC GIẢI PHÁP CHỦ YẾU                     | TASKS
      Hoạt động                                 | TASKS
      NỘI DUNG THỰC HIỆN                        | TASKS
      KINH PHÍ THỰC HIỆN                        | BUDGET
      NGUỒN KINH PHÍ                            | BUDGET
      KINH PHÍ                                  | BUDGET
      TỔ CHỨC THỰC HIỆN                         | ORGANIZATION
      Tổ chức thực hiện                         | ORGANIZATION
      PHÂN CÔNG THỰC HIỆN                       | ORGANIZATION
      TRÁCH NHIỆM CỦA CÁC SỞ, BAN, NGÀNH        | ORGANIZATION
      TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO       | ORGANIZATION
      CHẾ ĐỘ BÁO CÁO                            | REPORTING
      CHẾ ĐỘ THÔNG TIN, BÁO CÁO                 | REPORTING
      THÔNG TIN BÁO CÁO                         | REPORTING
      KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024       | OTHER
      ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN              | OTHER
      PHẠM VI, ĐỐI TƯỢNG                        | OTHER
      KHEN THƯỞNG                               | OTHER
      SỰ CẦN THIẾT                              | OTHER
      """)
  void mapsHeadingsToKinds(String heading, SectionKind expected) {
    assertEquals(expected, KINDS.classify(heading));
  }

  @Test
  void rejectsMalformedRows() {
    assertThrows(IllegalArgumentException.class, () -> new SectionKindClassifier(List.of("PURPOSE\tmục đích")));
    assertThrows(IllegalArgumentException.class, () -> new SectionKindClassifier(List.of("PURPOSE\tstarts\tmục đích")));
    assertThrows(IllegalArgumentException.class, () -> new SectionKindClassifier(List.of("GOALS\tprefix\tmục đích")));
  }
}
