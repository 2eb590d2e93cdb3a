package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SyllableTable} answers every lookup as the map it was built from: for the syllables of the default
 * gazetteers' phrases, for random keys of every size, present and absent, and for keys whose hash codes
 * collide.
 */
class SyllableTableTest {
  private static void check(Map<String, Integer> map, List<String> probes) {
    SyllableTable<Integer> table = SyllableTable.of(map);
    assertEquals(map.size(), table.size());
    assertEquals(map.isEmpty(), table.isEmpty());
    for (String k : map.keySet()) {
      assertEquals(map.get(k), table.get(k), k);
    }
    for (String p : probes) {
      assertEquals(map.get(p), table.get(p), p);
    }
  }

  @Test
  void emptyAndCollidingKeys() {
    assertNull(SyllableTable.of(Map.of()).get("a"));
    assertTrue(SyllableTable.of(Map.of()).isEmpty());
    // "Aa" and "BB" share a hash code, and so do their concatenations
    Map<String, Integer> colliding = Map.of("Aa", 1, "BB", 2, "AaAa", 3, "BBBB", 4, "AaBB", 5);
    check(colliding, List.of("BBAa", "Aa", "A", ""));
  }

  @Test
  void gazetteerSyllablesAreFoundAsInTheirMap() {
    Gazetteers g = Gazetteers.loadDefault();
    SyllableTokenizer tokenizer = new SyllableTokenizer();
    Map<String, Integer> map = new HashMap<>();
    StringBuilder all = new StringBuilder();
    for (Agency a : g.agencies().all()) {
      all.append(a.canonical()).append(' ').append(String.join(" ", a.variants())).append(' ');
    }
    List<String> keys = tokenizer.keys(all);
    for (String k : keys) {
      map.putIfAbsent(k, map.size());
    }
    check(map, List.of("xyzzy", "so", "phong", "1", "0", "tinh", "huyen"));
  }

  @Test
  void randomKeysAreFoundAsInTheirMap() {
    long seed = System.nanoTime();
    System.out.println("SyllableTableTest seed " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(round < 100 ? 12 : 3000);
      Map<String, Integer> map = new HashMap<>();
      while (map.size() < n) {
        map.put(randomKey(random), random.nextInt());
      }
      List<String> probes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        probes.add(randomKey(random));
      }
      check(map, probes);
    }
  }

  private static String randomKey(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int len = 1 + random.nextInt(7); len > 0; len--) {
      sb.append(random.nextInt(5) == 0 ? (char) ('0' + random.nextInt(10)) : (char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }
}
