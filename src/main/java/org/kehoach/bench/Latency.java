package org.kehoach.bench;

import java.util.Arrays;

/**
 * Latency statistics of one series of timed calls, in milliseconds.
 *
 * @param samples how many calls
 * @param p50 the median
 * @param p99 the 99th percentile (nearest rank)
 */
public record Latency(int samples, double p50, double p99, double max, double mean) {
  /** The statistics of durations in nanoseconds. */
  public static Latency of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latency(0, 0, 0, 0, 0);
    }
    long[] s = nanos.clone();
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(0);
    return new Latency(s.length, ms(rank(s, 0.50)), ms(rank(s, 0.99)), ms(s[s.length - 1]), mean / 1e6);
  }

  private static long rank(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
