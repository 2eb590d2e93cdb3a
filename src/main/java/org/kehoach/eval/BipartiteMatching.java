package org.kehoach.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Maximum-cardinality matching in a bipartite graph by augmenting paths (Kuhn's algorithm), left vertices
 * tried in a given order.
 *
 * <p>Two properties the scorer relies on: a left vertex that is matched stays matched when later paths
 * augment (they only re-route it), and a left vertex with no augmenting path at its turn never gains one
 * later. So trying the required gold items first yields a matching that pairs as many required items as
 * possible and, among those, as many items overall as possible. The result does not depend on greedy luck:
 * if gold A can pair with predictions 1 or 2 and gold B only with 1, both are paired.
 *
 * <p>O(V·E); the graphs here have at most a few hundred vertices a side.
 */
public final class BipartiteMatching {
  /** Whether left vertex {@code left} may pair with right vertex {@code right}. */
  @FunctionalInterface
  public interface Edges {
    boolean test(int left, int right);
  }

  private final List<int[]> adjacency;
  private final int[] rightToLeft;
  private final boolean[] visited;

  private BipartiteMatching(int leftCount, int rightCount, Edges edges) {
    adjacency = new ArrayList<>(leftCount);
    for (int l = 0; l < leftCount; l++) {
      int[] row = new int[rightCount];
      int n = 0;
      for (int r = 0; r < rightCount; r++) {
        if (edges.test(l, r)) {
          row[n++] = r;
        }
      }
      adjacency.add(Arrays.copyOf(row, n));
    }
    rightToLeft = new int[rightCount];
    Arrays.fill(rightToLeft, -1);
    visited = new boolean[rightCount];
  }

  /**
   * Computes a maximum matching.
   *
   * @param order every left vertex exactly once, in the order they are tried
   * @return for each left vertex the right vertex it is matched to, or -1
   */
  public static int[] match(int leftCount, int rightCount, Edges edges, int[] order) {
    Objects.requireNonNull(edges, "edges");
    Objects.requireNonNull(order, "order");
    if (leftCount < 0 || rightCount < 0) {
      throw new IllegalArgumentException("vertex counts must be >= 0, got " + leftCount + ", " + rightCount);
    }
    checkPermutation(order, leftCount);
    BipartiteMatching m = new BipartiteMatching(leftCount, rightCount, edges);
    for (int left : order) {
      Arrays.fill(m.visited, false);
      m.augment(left);
    }
    int[] leftToRight = new int[leftCount];
    Arrays.fill(leftToRight, -1);
    for (int r = 0; r < rightCount; r++) {
      if (m.rightToLeft[r] >= 0) {
        leftToRight[m.rightToLeft[r]] = r;
      }
    }
    return leftToRight;
  }

  /** Computes a maximum matching trying left vertices in index order. */
  public static int[] match(int leftCount, int rightCount, Edges edges) {
    int[] order = new int[Math.max(leftCount, 0)];
    Arrays.setAll(order, i -> i);
    return match(leftCount, rightCount, edges, order);
  }

  private boolean augment(int left) {
    for (int right : adjacency.get(left)) {
      if (visited[right]) {
        continue;
      }
      visited[right] = true;
      if (rightToLeft[right] < 0 || augment(rightToLeft[right])) {
        rightToLeft[right] = left;
        return true;
      }
    }
    return false;
  }

  private static void checkPermutation(int[] order, int n) {
    if (order.length != n) {
      throw new IllegalArgumentException("order must list all " + n + " left vertices, got " + order.length);
    }
    boolean[] seen = new boolean[n];
    for (int v : order) {
      if (v < 0 || v >= n || seen[v]) {
        throw new IllegalArgumentException("order is not a permutation of 0.." + (n - 1) + ": " + Arrays.toString(order));
      }
      seen[v] = true;
    }
  }
}
