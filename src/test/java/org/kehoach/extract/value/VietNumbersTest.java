package org.kehoach.extract.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietNumbersTest {
  @ParameterizedTest
  @CsvSource({
    "'6,5', 6.5", "100.000, 100000", "684.000.000, 684000000", "09, 9", "'0,005', 0.005",
    "'1.250,5', 1250.5", "1.5, 1.5", "99, 99", "'0,01', 0.01", "2.000, 2000"
  })
  void readsVietnameseNumberFormats(String token, double expected) {
    assertEquals(expected, VietNumbers.parse(token).orElseThrow(), 1e-12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1,2,3", "1..2", "1.", ",5", "12/5"})
  void rejectsWhatIsNotOneNumber(String token) {
    assertFalse(VietNumbers.parse(token).isPresent(), token);
  }

  @ParameterizedTest
  @CsvSource({"300, triệu, 300000000", "'1,5', tỷ, 1500000000", "20, Triệu, 20000000", "5, nghìn, 5000", "2, tỉ, 2000000000"})
  void scalesMoney(String number, String word, long expected) {
    BigDecimal v = VietNumbers.parseDecimal(number);
    assertEquals(expected, VietNumbers.money(v, VietNumbers.scale(word).orElseThrow()).orElseThrow());
  }
}
