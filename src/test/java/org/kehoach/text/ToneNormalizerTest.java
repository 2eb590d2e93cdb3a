package org.kehoach.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToneNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // new style (tone on the second vowel of open oa/oe/uy) -> traditional
    "hoà, hòa", "Hoà, Hòa", "HOÀ, HÒA", "xoá, xóa", "hoạ, họa", "thoả, thỏa", "toà, tòa",
    "khoẻ, khỏe", "loè, lòe", "xoè, xòe",
    "Uỷ, Ủy", "UỶ, ỦY", "uỷ, ủy", "thuỷ, thủy", "Thuỷ, Thủy", "tuỳ, tùy", "luỹ, lũy", "huỷ, hủy", "Thuỵ, Thụy",
    // the onsets qu and gi never carry the tone
    "qúy, quý", "Qúy, Quý", "qủa, quả", "qùa, quà", "gía, giá", "Gìa, Già", "gịam, giạm",
    // a vowel with a vowel mark carries it
    "thúê, thuế", "ngừơi, người", "lựơng, lượng", "thủơ, thuở", "khủyên, khuyển", "mứơn, mướn", "qúân, quấn",
    // closed syllables: the last vowel
    "hòan, hoàn", "tóan, toán", "hùynh, huỳnh", "húyt, huýt", "khỏang, khoảng", "ngòai, ngoài",
    // three open vowels: the middle one
    "khóai, khoái", "xóay, xoáy", "khủyu, khuỷu", "ngọeo, ngoẹo"
  })
  void movesTheToneToTheTraditionalPlace(String in, String expected) {
    assertEquals(expected, ToneNormalizer.normalize(in));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hoa", "quốc", "giữ", "thuyền", "gì", "gìn", "quý", "quà", "giá", "người", "Hòa", "Ủy", "khỏe",
        "thủy", "hoàn", "toán", "khuya", "chuyện", "thuế", "Huế", "quyết", "xuất", "huân", "khuỷu", "mía",
        "múa", "mái", "gửi", "giếng", "nghiêng", "UBND", "KH-UBND", "2020", "café", "Wi-Fi", "", "đ"
      })
  void leavesCanonicalAndForeignWordsAlone(String word) {
    assertEquals(word, ToneNormalizer.normalize(word));
  }

  @Test
  void normalisesEveryWordOfARunningText() {
    assertEquals(
        "Ủy ban nhân dân tỉnh Hòa Bình, Sở Y tế và bệnh viện Thủy lợi: khỏe mạnh, quý báu.",
        ToneNormalizer.normalize("Uỷ ban nhân dân tỉnh Hoà Bình, Sở Y tế và bệnh viện Thuỷ lợi: khoẻ mạnh, qúy báu."));
  }

  @Test
  void acceptsDecomposedInputAndReturnsNfc() {
    assertEquals("hòa", ToneNormalizer.normalize("hoa\u0300"));
    assertEquals("Ủy ban", ToneNormalizer.normalize("Uy\u0309 ban"));
  }

  @Test
  void returnsTheSameInstanceWhenNothingMoves() {
    String s = "Kế hoạch thực hiện năm 2024";
    assertSame(s, ToneNormalizer.normalize(s));
  }

  /** Old and new spellings of every open oa/oe/uy syllable, any onset, tone and case, meet in one key. */
  @Test
  void bothStylesOfEveryOpenMedialSyllableGiveTheSameKey() {
    List<String> onsets = List.of("", "h", "th", "kh", "x", "l", "ng", "t", "s", "nh");
    for (String onset : onsets) {
      for (String pair : List.of("oa", "oe", "uy")) {
        for (int tone = VietnameseLetters.GRAVE; tone <= VietnameseLetters.DOT; tone++) {
          String traditional = onset + VietnameseLetters.withTone(pair.charAt(0), tone) + pair.charAt(1);
          String newStyle = onset + pair.charAt(0) + VietnameseLetters.withTone(pair.charAt(1), tone);
          assertEquals(traditional, ToneNormalizer.normalize(newStyle), newStyle);
          assertEquals(traditional, ToneNormalizer.normalize(traditional), traditional);
          String upper = traditional.toUpperCase(java.util.Locale.ROOT);
          assertEquals(upper, ToneNormalizer.normalize(newStyle.toUpperCase(java.util.Locale.ROOT)), upper);
        }
      }
    }
  }

  @Test
  void closedMedialSyllablesKeepTheToneOnTheLastVowelWhicheverStyle() {
    for (String fin : List.of("n", "ng", "nh", "t", "c", "ch")) {
      for (String pair : List.of("oa", "uy")) {
        String right = "h" + pair.charAt(0) + VietnameseLetters.withTone(pair.charAt(1), VietnameseLetters.ACUTE) + fin;
        String wrong = "h" + VietnameseLetters.withTone(pair.charAt(0), VietnameseLetters.ACUTE) + pair.charAt(1) + fin;
        assertEquals(right, ToneNormalizer.normalize(wrong), wrong);
        assertEquals(right, ToneNormalizer.normalize(right), right);
      }
    }
  }

  @Test
  void isIdempotentOnRandomSyllables() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String[] onsets = {"", "b", "ch", "gi", "qu", "kh", "ngh", "th", "tr", "đ", "Th", "QU", "Gi"};
    String vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
    String[] finals = {"", "", "n", "ng", "nh", "t", "c", "ch", "m", "p"};
    for (int k = 0; k < 5_000; k++) {
      StringBuilder sb = new StringBuilder(onsets[random.nextInt(onsets.length)]);
      int nv = 1 + random.nextInt(3);
      int tonedAt = random.nextInt(nv);
      int tone = random.nextInt(6);
      for (int v = 0; v < nv; v++) {
        char c = vowels.charAt(random.nextInt(vowels.length()));
        sb.append(v == tonedAt ? VietnameseLetters.withTone(c, tone) : c);
      }
      sb.append(finals[random.nextInt(finals.length)]);
      String once = ToneNormalizer.normalize(sb.toString());
      assertEquals(once, ToneNormalizer.normalize(once), "seed " + seed + ", word " + sb);
      assertEquals(Fold.fold(sb.toString()), Fold.fold(once), "the letters never change, seed " + seed);
    }
  }
}
