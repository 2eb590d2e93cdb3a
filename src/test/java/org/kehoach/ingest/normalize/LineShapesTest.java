package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Line shapes the layout filters share; the hand-written end test must agree with its pattern. */
class LineShapesTest {
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
    String alphabet = "aĐế .;:!?…\"”’)]-\u0085\n\r\t ";
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(8);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = sb.toString();
      assertEquals(LineShapes.CLAUSE_END.matcher(line.stripTrailing()).find(), LineShapes.endsClause(line),
          "seed " + seed + ", line '" + line + "'");
    }
  }
}
