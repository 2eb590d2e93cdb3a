package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BipartiteMatchingTest {
  @Test
  void findsTheMaximumWhereGreedyFirstChoiceFails() {
    // left 0 may take right 0 or 1, left 1 only right 0: greedy gives 0->0 and leaves 1 unmatched
    boolean[][] adj = {{true, true}, {true, false}};
    int[] m = BipartiteMatching.match(2, 2, (l, r) -> adj[l][r]);
    assertArrayEquals(new int[] {1, 0}, m);
  }

  @Test
  void longAugmentingChainIsFollowed() {
    // left i may take right i or i+1; the last left vertex only right 0, which forces a shift of everyone
    int n = 6;
    int[] m = BipartiteMatching.match(n, n, (l, r) -> l == n - 1 ? r == 0 : (r == l || r == l + 1));
    assertEquals(n, Arrays.stream(m).filter(r -> r >= 0).count());
    assertEquals(0, m[n - 1]);
  }

  @Test
  void verticesTriedFirstKeepTheirPairUnderContention() {
    // two left vertices compete for the one right vertex: whoever is tried first keeps it
    assertArrayEquals(new int[] {-1, 0}, BipartiteMatching.match(2, 1, (l, r) -> true, new int[] {1, 0}));
    assertArrayEquals(new int[] {0, -1}, BipartiteMatching.match(2, 1, (l, r) -> true, new int[] {0, 1}));
  }

  @Test
  void emptyGraphsAreFine() {
    assertArrayEquals(new int[0], BipartiteMatching.match(0, 3, (l, r) -> true));
    assertArrayEquals(new int[] {-1, -1}, BipartiteMatching.match(2, 0, (l, r) -> true));
  }

  @Test
  void orderMustBeAPermutation() {
    assertThrows(IllegalArgumentException.class, () -> BipartiteMatching.match(2, 2, (l, r) -> true, new int[] {0, 0}));
    assertThrows(IllegalArgumentException.class, () -> BipartiteMatching.match(2, 2, (l, r) -> true, new int[] {0}));
  }

  @Test
  void randomGraphsMatchTheBruteForceMaximumAndRequiredFirst() {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    for (int round = 0; round < 400; round++) {
      int left = rnd.nextInt(7);
      int right = rnd.nextInt(7);
      double density = rnd.nextDouble();
      boolean[][] adj = new boolean[left][right];
      for (boolean[] row : adj) {
        for (int r = 0; r < right; r++) {
          row[r] = rnd.nextDouble() < density;
        }
      }
      int required = left == 0 ? 0 : rnd.nextInt(left + 1);
      int[] order = new int[left];
      Arrays.setAll(order, i -> i);
      int[] m = BipartiteMatching.match(left, right, (l, r) -> adj[l][r], order);
      String where = "seed " + seed + " round " + round;
      boolean[] usedRight = new boolean[right];
      int size = 0;
      int requiredMatched = 0;
      for (int l = 0; l < left; l++) {
        if (m[l] >= 0) {
          assertTrue(adj[l][m[l]], where + ": pair is not an edge");
          assertTrue(!usedRight[m[l]], where + ": right vertex used twice");
          usedRight[m[l]] = true;
          size++;
          requiredMatched += l < required ? 1 : 0;
        }
      }
      assertEquals(bruteMax(adj, left, right, left), size, where + ": not maximum");
      assertEquals(bruteMax(adj, required, right, required), requiredMatched, where + ": required not maximal");
    }
  }

  /** Maximum matching of the first {@code upto} left vertices by trying every assignment. */
  private static int bruteMax(boolean[][] adj, int upto, int right, int left) {
    return brute(adj, 0, Math.min(upto, left), right, new boolean[right]);
  }

  private static int brute(boolean[][] adj, int l, int n, int right, boolean[] used) {
    if (l == n) {
      return 0;
    }
    int best = brute(adj, l + 1, n, right, used);
    for (int r = 0; r < right; r++) {
      if (adj[l][r] && !used[r]) {
        used[r] = true;
        best = Math.max(best, 1 + brute(adj, l + 1, n, right, used));
        used[r] = false;
      }
    }
    return best;
  }
}
