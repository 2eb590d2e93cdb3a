package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The filters test some line shapes by hand, reading a line once; each test must agree with its pattern. */
class HandWrittenMatchersTest {
  @Test
  void clauseEndsAreFoundBehindClosingMarks() {
    assertTrue(LineShapes.endsClause("Các đơn vị triển khai như sau:"));
    assertTrue(LineShapes.endsClause("… giải quyết./."));
    assertTrue(LineShapes.endsClause("(theo Nghị quyết số 12/NQ-HĐND)."));
    assertTrue(LineShapes.endsClause("“Tháng hành động vì trẻ em”.”)  "));
    assertFalse(LineShapes.endsClause("Ủy ban nhân dân huyện"));
    assertFalse(LineShapes.endsClause("năm 2024 (Phụ lục kèm theo)"));
    assertFalse(LineShapes.endsClause(""));
  }

  @Test
  void clauseEndTestAgreesWithThePattern() {
    forRandomLines("aĐế .;:!?…\"”’)]-\u0085\n\r\t ", 8, (line, random, where) ->
        assertEquals(LineShapes.CLAUSE_END.matcher(line.stripTrailing()).find(), LineShapes.endsClause(line), where));
  }

  @Test
  void runningHeaderKeyAgreesWithItsPatterns() {
    forRandomLines("Trang 12\t\n\r\u000B\f\u00A0ĐẾ3 -", 12, (line, random, where) -> {
      String numbersAlike = RunningHeaderFilter.DIGITS.matcher(line.strip()).replaceAll("#");
      String expected = RunningHeaderFilter.SPACES.matcher(numbersAlike).replaceAll(" ").toLowerCase(Locale.ROOT);
      assertEquals(expected, RunningHeaderFilter.key(line), where);
    });
  }

  @Test
  void aKeyCalledLongerIsLonger() {
    // dotted capital I lower-cases to two characters, the em space is stripped at the ends and kept inside,
    // a supplementary letter is two characters: the bound must hold whatever they do
    forRandomLines("Trang 12\t\u2003\u00A0ĐẾİK3 -\uD801\uDC00\u1E9E", 16, (line, random, where) -> {
      int max = random.nextInt(14);
      if (RunningHeaderFilter.keyLongerThan(line, max)) {
        assertTrue(RunningHeaderFilter.key(line).length() > max, where + ", max " + max);
      }
    });
  }

  /** A check of one random line; {@code where} names the seed and the line for a failure message. */
  private interface LineCheck {
    void check(String line, Random random, String where);
  }

  /** Runs {@code check} on 20,000 random lines from {@code alphabet}, with a fresh seed. */
  private static void forRandomLines(String alphabet, int maxLength, LineCheck check) {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 20_000; round++) {
      String line = randomLine(random, alphabet, maxLength);
      check.check(line, random, "seed " + seed + ", line '" + line + "'");
    }
  }

  /** Up to {@code maxLength - 1} characters drawn from {@code alphabet}. */
  private static String randomLine(Random random, String alphabet, int maxLength) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(maxLength);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
