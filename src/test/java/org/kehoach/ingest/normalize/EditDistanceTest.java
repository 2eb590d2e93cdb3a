package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void smallCasesMatchTheTextbook() {
    assertEquals(3, EditDistance.levenshtein("kitten", "sitting"));
    assertEquals(0, EditDistance.levenshtein("", ""));
    assertEquals(4, EditDistance.levenshtein("", "abcd"));
    assertEquals(1, EditDistance.levenshtein("Đồng", "Đông"));
  }

  @Test
  void bandedResultEqualsFullDynamicProgramming() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int round = 0; round < 200; round++) {
      String a = randomText(r, r.nextInt(300));
      String b = mutate(r, a, r.nextInt(150));
      assertEquals(full(a, b), EditDistance.levenshtein(a, b), "seed " + seed + ", round " + round);
    }
  }

  @Test
  void cerCollapsesWhitespace() {
    assertEquals(0.0, EditDistance.cer("Kế  hoạch\nsố 5", " Kế hoạch số 5 "));
    assertEquals(1.0 / 9, EditDistance.cer("Kế hoạch", "Kế hoạch."), 1e-12);
  }

  private static String randomText(Random r, int n) {
    String alphabet = "aăâbcdđeêoôơuư ";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String mutate(Random r, String s, int edits) {
    StringBuilder sb = new StringBuilder(s);
    for (int e = 0; e < edits; e++) {
      int op = r.nextInt(3);
      int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
      if (op == 0 || sb.length() == 0) {
        sb.insert(at, 'x');
      } else if (op == 1) {
        sb.deleteCharAt(at);
      } else {
        sb.setCharAt(at, 'y');
      }
    }
    return sb.toString();
  }

  private static int full(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int sub = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
      }
    }
    return d[a.length()][b.length()];
  }
}
