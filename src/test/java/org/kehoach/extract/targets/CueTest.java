package org.kehoach.extract.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.model.Comparator;
import org.kehoach.model.Direction;

class CueTest {
  private final List<CoreLabel> tokens = new VietTokenizer().tokenize("đến hết năm 2025 xuống dưới");

  @Test
  void readsComparatorDirectionAndFlags() {
    Cue c = Cue.parse("cmp=LT dir=DECREASE", 4, 6, tokens);
    assertEquals(Comparator.LT, c.comparator());
    assertEquals(Direction.DECREASE, c.direction());
    assertTrue(c.binds());
    assertTrue(Cue.parse("cmp=GE after", 4, 6, tokens).has(Cue.Flag.AFTER));
  }

  @Test
  void readsTheYearOfAYearCue() {
    assertEquals(2025, Cue.parse("year", 0, 4, tokens).year());
    assertThrows(IllegalArgumentException.class, () -> Cue.parse("year", 4, 6, tokens));
  }

  @Test
  void rejectsFeaturesTheRulesShouldNotProduce() {
    assertThrows(IllegalArgumentException.class, () -> Cue.parse("cmp=ABOUT", 0, 1, tokens));
    assertThrows(IllegalArgumentException.class, () -> Cue.parse("sometimes", 0, 1, tokens));
  }
}
