package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The keys follow the fold of the gold README: NFD, marks dropped, đ→d, lower case, dashes, spaces. */
class MatchKeysTest {
  @Test
  void foldFollowsTheRuleText() {
    assertEquals("uy ban nhan dan xa duc hoa", MatchKeys.fold("  Ủy ban  nhân\tdân\nxã Đức Hòa "));
    assertEquals(MatchKeys.fold("Thừa Thiên Huế"), MatchKeys.fold(Normalizer.normalize("Thừa Thiên Huế", Normalizer.Form.NFD)));
    assertEquals("phong lao dong - thuong binh - xa hoi", MatchKeys.fold("Phòng Lao động – Thương binh — Xã hội"));
    // old and new tone placement fold to one key
    assertEquals(MatchKeys.fold("hoà"), MatchKeys.fold("hòa"));
    assertEquals("a b", MatchKeys.fold("a\u00A0b"));
    assertNull(MatchKeys.fold(null));
  }

  @Test
  void compactRemovesEverySpace() {
    assertEquals("43/kh-ubnd", MatchKeys.compact("43 / KH - UBND"));
  }

  @Test
  void trailingCharactersAreIgnoredOnlyAtTheEnd() {
    assertEquals("ke hoach. nam 2024", MatchKeys.foldTrimEnd("Kế hoạch. Năm 2024 .: ", " .:"));
    assertEquals("thuong xuyen", MatchKeys.foldTrimEnd("Thường xuyên..", "."));
    assertEquals("", MatchKeys.foldTrimEnd(" .:", " .:"));
  }
}
