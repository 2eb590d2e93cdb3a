package org.kehoach.text.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CapitalFontRepairTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // two capitals, or a capital after the first letter: the word came from the capital font
        "HUYệN HồNG NGự | HUYỆN HỒNG NGỰ",
        "KT. CHủ TịCH | KT. CHỦ TỊCH",
        "TM. ủY BAN NHÂN DÂN | TM. ỦY BAN NHÂN DÂN",
        "PHó GIáM ĐốC | PHÓ GIÁM ĐỐC",
        // one capital or none: decided by the neighbours on the line
        "Kế HOạCH | KẾ HOẠCH",
        "CộNG HòA Xã HộI | CỘNG HÒA XÃ HỘI",
        "TRẻ EM ở VùNG CAO | TRẺ EM Ở VÙNG CAO",
      })
  void upperCasesWordsTypedInTheCapitalFont(String decoded, String expected) {
    assertEquals(expected, CapitalFontRepair.repairLine(decoded, false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kế hoạch thực hiện ở các xã",
        "Cộng hòa Xã Hội",
        "Sở LĐTBXH tỉnh",
        "Sở LĐTBXH",
        "Bộ Y Tế",
        "làm việc ở UBND huyện",
        "báo cáo Ủy ban nhân dân và ủy ban mặt trận",
        "ở",
        "Ông Nguyễn Văn Á"
      })
  void leavesOrdinaryWordsAlone(String line) {
    assertEquals(line, CapitalFontRepair.repairLine(line, false));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "năm 2020. ủy ban nhân dân | năm 2020. Ủy ban nhân dân",
        "hoàn thành! ở các xã | hoàn thành! Ở các xã",
        "- ủy ban mặt trận | - Ủy ban mặt trận",
        "a) ủy ban nhân dân | a) Ủy ban nhân dân",
        "9. ủy ban nhân dân | 9. Ủy ban nhân dân",
      })
  void capitalisesTheFirstLetterOfASentence(String decoded, String expected) {
    assertEquals(expected, CapitalFontRepair.repairLine(decoded, false));
  }

  @org.junit.jupiter.api.Test
  void aLineStartsASentenceOnlyWhenTold() {
    assertEquals("Ủy ban", CapitalFontRepair.repairLine("ủy ban", true));
    assertEquals("ủy ban", CapitalFontRepair.repairLine("ủy ban", false));
    assertEquals("và ủy ban", CapitalFontRepair.repairLine("và ủy ban", true));
    assertEquals("số 2.ủy", CapitalFontRepair.repairLine("số 2.ủy", false));
  }
}
