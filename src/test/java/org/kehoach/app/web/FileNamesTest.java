package org.kehoach.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "Kế hoạch 43-KH-UBND.pdf | Kế hoạch 43-KH-UBND.pdf",
    "../../etc/passwd.pdf | passwd.pdf",
    "..\\..\\windows\\win.ini | win.ini",
    "C:\\Users\\a\\Ke hoach.docx | Ke hoach.docx",
    ".bashrc | bashrc",
    "-rf.txt | rf.txt",
    "....pdf | pdf",
    ".. | tai-lieu",
    "'' | tai-lieu",
    "a:b*c?.doc | a_b_c_.doc",
    "kế<script>.txt | kế_script_.txt",
    "tab\there.txt | tab_here.txt",
    "trailing dots... | trailing dots",
    "a...b..pdf | a.b.pdf",
  })
  void sanitises(String raw, String expected) {
    assertEquals(expected, FileNames.sanitize(raw));
  }

  @Test
  void decomposedVietnameseBecomesComposed() {
    assertEquals("Kế hoạch.txt", FileNames.sanitize("Ke\u0302\u0301 hoa\u0323ch.txt"));
  }

  @Test
  void longNamesKeepTheirExtension() {
    String s = FileNames.sanitize("k".repeat(300) + ".pdf");
    assertEquals(FileNames.MAX_LENGTH, s.length());
    assertTrue(s.endsWith(".pdf"));
  }

  @Test
  void randomNamesNeverYieldAPathOrAHiddenFile() {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    String alphabet = "./\\:*?\uD83D\uDE00\"<>|\u0000\n\r\t -_aàẢz09ữ\u0301\u2028";
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = rnd.nextInt(40); n > 0; n--) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String s = FileNames.sanitize(sb.toString());
      String where = "seed " + seed + ", input '" + sb + "' -> '" + s + "'";
      assertFalse(s.isEmpty(), where);
      assertFalse(s.contains("/") || s.contains("\\") || s.contains(":") || s.contains(".."), where);
      assertFalse(s.startsWith(".") || s.startsWith("-") || s.endsWith(".") || s.endsWith(" "), where);
      assertTrue(s.chars().noneMatch(Character::isISOControl), where);
      assertTrue(PlanStore.isPlainName(s), where);
      assertEquals(s, FileNames.sanitize(s), "sanitising is idempotent; " + where);
    }
  }
}
