package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyllableCodesTest {
  @Test
  void keysAreNumberedInTheOrderGivenAndFoundFromStringsAndBuffers() {
    SyllableCodes codes = new SyllableCodes(List.of("phong", "y", "te", "ubnd"));
    assertEquals(4, codes.size());
    assertEquals(0, codes.code("phong"));
    assertEquals(3, codes.code("ubnd"));
    assertEquals("te", codes.key(2));
    char[] buffer = "xxphongyte".toCharArray();
    assertEquals(0, codes.code(buffer, 2, 5));
    assertEquals(1, codes.code(buffer, 7, 1));
    assertEquals(2, codes.code(buffer, 8, 2));
    assertEquals(SyllableCodes.NONE, codes.code(buffer, 2, 4)); // "phon"
    assertEquals(SyllableCodes.NONE, codes.code("so"));
    assertEquals(SyllableCodes.NONE, new SyllableCodes(List.of()).code("so"));
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SyllableCodes(List.of("so", "y", "so")));
  }

  @Test
  void manyRandomKeysAllFoundBothWays() {
    long seed = 20261122L;
    Random random = new Random(seed);
    List<String> keys = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (keys.size() < 3000) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      if (seen.add(sb.toString())) {
        keys.add(sb.toString());
      }
    }
    SyllableCodes codes = new SyllableCodes(keys.subList(0, 2000));
    for (int k = 0; k < keys.size(); k++) {
      int expected = k < 2000 ? k : SyllableCodes.NONE;
      String key = keys.get(k);
      assertEquals(expected, codes.code(key), "seed " + seed + ", key " + key);
      char[] padded = ("#" + key + "#").toCharArray();
      assertEquals(expected, codes.code(padded, 1, key.length()), "seed " + seed + ", key " + key);
    }
  }
}
