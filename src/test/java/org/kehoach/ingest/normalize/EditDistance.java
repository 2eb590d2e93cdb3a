package org.kehoach.ingest.normalize;

import java.util.Arrays;

/**
 * Levenshtein distance (unit-cost insert, delete, substitute) and the character error rate built on it.
 * Uses Ukkonen's band: the DP is restricted to cells within k of the diagonal, k doubling until the
 * distance found is at most k, which makes it exact. Near-identical texts of 40,000 characters take
 * milliseconds; memory is two rows of the band.
 */
final class EditDistance {
  private EditDistance() {}

  static int levenshtein(String a, String b) {
    int n = a.length();
    int m = b.length();
    int k = Math.max(64, Math.abs(n - m));
    while (true) {
      int d = banded(a, b, k);
      if (d <= k) {
        return d;
      }
      k *= 2;
    }
  }

  /** Distance over {@code reference.length()}, both strings with whitespace runs collapsed and trimmed. */
  static double cer(String hypothesis, String reference) {
    String h = collapse(hypothesis);
    String r = collapse(reference);
    return r.isEmpty() ? (h.isEmpty() ? 0 : 1) : (double) levenshtein(h, r) / r.length();
  }

  static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** The distance if it is at most k, otherwise some value greater than k. */
  private static int banded(String a, String b, int k) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > k) {
      return k + 1;
    }
    int inf = Integer.MAX_VALUE / 2;
    // D[i][j] is kept at index j - i + k + 1 of its row; the cells either side of the band stay infinite
    int[] prev = new int[2 * k + 3];
    int[] cur = new int[2 * k + 3];
    Arrays.fill(prev, inf);
    for (int j = 0; j <= Math.min(m, k); j++) {
      prev[j + k + 1] = j;
    }
    for (int i = 1; i <= n; i++) {
      Arrays.fill(cur, inf);
      int lo = Math.max(0, i - k);
      int hi = Math.min(m, i + k);
      for (int j = lo; j <= hi; j++) {
        int idx = j - i + k + 1;
        if (j == 0) {
          cur[idx] = i;
          continue;
        }
        int diag = prev[idx] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        int up = prev[idx + 1] + 1;
        int left = cur[idx - 1] + 1;
        cur[idx] = Math.min(diag, Math.min(up, left));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m - n + k + 1];
  }
}
