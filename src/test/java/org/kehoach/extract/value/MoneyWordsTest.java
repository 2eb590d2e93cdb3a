package org.kehoach.extract.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyWordsTest {
  @ParameterizedTest
  @CsvSource({
    "Sáu trăm tám tư triệu đồng chẵn, 684000000",
    "Một trăm bốn mươi triệu đồng, 140000000",
    "Hai mươi mốt triệu năm trăm nghìn đồng, 21500000",
    "Một tỷ năm trăm triệu đồng, 1500000000",
    "Mười lăm triệu đồng, 15000000",
    "Một trăm linh năm nghìn đồng, 105000",
    "Ba trăm triệu đồng, 300000000",
    "Hai tỉ không trăm năm mươi triệu đồng, 2050000000",
    "Chín trăm chín mươi chín ngàn đồng, 999000"
  })
  void readsAmountsInWords(String words, long expected) {
    assertEquals(expected, MoneyWords.parse(words).orElseThrow());
  }

  @Test
  void phraseWithoutNumeralsIsEmpty() {
    assertFalse(MoneyWords.parse("đồng chẵn").isPresent());
  }
}
