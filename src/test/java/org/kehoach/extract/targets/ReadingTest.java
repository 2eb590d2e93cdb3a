package org.kehoach.extract.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.model.TargetUnit;

class ReadingTest {
  private final VietTokenizer tokenizer = new VietTokenizer();

  private Reading read(String result, String text) {
    List<CoreLabel> tokens = tokenizer.tokenize(text);
    return Reading.parse(result, 0, tokens.size(), tokens);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', value = {
      "unit=VND~300 triệu đồng~300000000",
      "unit=VND~1,5 tỷ đồng~1500000000",
      "unit=VND~1 tỷ 200 triệu đồng~1200000000",
      "unit=VND~684.000.000đ~684000000",
      "unit=VND~20 triệu đồng/01 xã~20000000",
      "unit=VND~500 nghìn đồng~500000",
      "unit=PERCENT~99,5%~99.5",
      "unit=PERCENT~0,005%/năm~0.005",
      "unit=PER_1000~09 trẻ/1.000~9",
      "unit=PER_100000~550/100.000~550",
      "unit=COUNT~1.200 trẻ em~1200"})
  void readsTheFirstNumberWithItsScale(String result, String text, double value) {
    Reading r = read(result, text);
    assertEquals(value, r.first(), 1e-9);
    assertNull(r.second());
    assertEquals(Reading.Form.SINGLE, r.form());
  }

  @Test
  void readsBothEndsOfARange() {
    Reading r = read("unit=PERCENT form=FROMTO", "từ 0,01% đến 0,005%");
    assertEquals(TargetUnit.PERCENT, r.unit());
    assertEquals(0.01, r.first(), 1e-12);
    assertEquals(0.005, r.second(), 1e-12);
  }

  @Test
  void blockingMatchesAreNotValues() {
    assertNull(read("block=FREQUENCY", "1 tin, bài/tuần"));
  }

  @Test
  void aRuleResultWithoutAUnitIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> read("form=SPAN", "5-10%"));
    assertThrows(IllegalArgumentException.class, () -> read("unit=PERCENT colour=red", "5%"));
  }
}
