package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "KẾ", "HOẠCH", "nghiêng", "Nguyễn", "Huỳnh", "quốc", "giữ", "gì", "khuya", "thuở", "rượu", "Uỷ", "Ủy",
      "khoẻ", "RÚC", "tù", "ngoằn", "xoong", "a", "ý", "trường", "đ\u01B0\u1EDDng"})
  void syllablesPass(String s) {
    assertTrue(VietnameseSyllables.isSyllable(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "BÀT", "ĐC", "PT", "UBND", "Ngh", "tiếnn", "hoàc", "xyz", "bả̀", "qa", "mát̀", "B", ""})
  void nonSyllablesFail(String s) {
    assertFalse(VietnameseSyllables.isSyllable(s), s);
  }

  @Test
  void almostEveryLowerCaseWordOfTheSeedsIsASyllable() throws IOException {
    Path corpus = Path.of(System.getProperty("kehoach.corpus", "corpus"));
    Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}+(?![\\p{L}\\p{N}])");
    int words = 0;
    int failed = 0;
    for (String slug : new String[] {"2020_hong-ngu", "2023_cam-pha", "2014_ha-nam", "2025_ly-son"}) {
      String text = Normalizer.normalize(Files.readString(corpus.resolve(slug + ".txt")), Normalizer.Form.NFC);
      Matcher m = word.matcher(text);
      while (m.find()) {
        words++;
        failed += VietnameseSyllables.isSyllable(m.group()) ? 0 : 1;
      }
    }
    assertTrue(words > 5_000, "words " + words);
    assertTrue(failed * 200 < words, failed + " of " + words + " words rejected");
  }
}
