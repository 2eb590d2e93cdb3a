package org.kehoach.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.kehoach.bench.SyntheticWorld.IndicatorSpec;

/**
 * The deterministic choices behind synthetic plans: which indicators a district's plan on a topic sets
 * targets for in a year, their values (a level per district and indicator that moves a little each year the
 * way the indicator should), and their wording. Every choice is a pure function of the seed and the plan's
 * coordinates, so plan i is the same whichever order plans are generated in. Immutable and thread-safe.
 */
final class Draws {
  static final int FIRST_YEAR = 2014;

  private final List<IndicatorSpec> indicators;
  private final long seed;

  Draws(List<IndicatorSpec> indicators, long seed) {
    this.indicators = indicators;
    this.seed = seed;
  }

  /** A random source for the given coordinates. */
  SplittableRandom random(long... parts) {
    long h = seed ^ 0x9E3779B97F4A7C15L;
    for (long p : parts) {
      h = mix(h ^ p);
    }
    return new SplittableRandom(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Indexes of the indicators a district's plan on a topic covers in a year. */
  List<Integer> indicators(int district, Templates.Topic topic, int topicIndex, int year) {
    List<Integer> pool = new ArrayList<>();
    for (int k = 0; k < indicators.size(); k++) {
      if (topic.domains().isEmpty() || topic.domains().contains(indicators.get(k).domain())) {
        pool.add(k);
      }
    }
    SplittableRandom base = random(district, topicIndex, 1);
    for (int i = pool.size() - 1; i > 0; i--) {
      int j = base.nextInt(i + 1);
      Integer t = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, t);
    }
    int k = Math.min(pool.size(), 5 + base.nextInt(Math.max(1, Math.min(14, pool.size() - 3))));
    List<Integer> chosen = new ArrayList<>(pool.subList(0, k));
    SplittableRandom y = random(district, topicIndex, year, 2);
    if (pool.size() > k && y.nextInt(3) == 0) {
      chosen.set(y.nextInt(k), pool.get(k + y.nextInt(pool.size() - k)));
    }
    if (chosen.size() > 3 && y.nextInt(4) == 0) {
      chosen.remove(y.nextInt(chosen.size()));
    }
    chosen.sort(null);
    return chosen;
  }

  /** The target value for a district and indicator in a year. */
  double value(int district, int k, int year) {
    IndicatorSpec ind = indicators.get(k);
    SplittableRandom b = random(district, k, 3);
    int t = Math.max(0, year - FIRST_YEAR);
    double noise = random(district, k, year, 4).nextDouble() * 2 - 1;
    boolean lower = ind.better() == org.kehoach.model.Direction.DECREASE;
    return switch (ind.unit()) {
      case "percent" -> {
        if (lower) {
          yield Math.max(0.01, round(b.nextDouble(0.5, 12) * Math.pow(0.93, t) * (1 + 0.03 * noise), 2));
        }
        if (b.nextInt(5) == 0) {
          yield 100;
        }
        double v = b.nextDouble(55, 95) + t * b.nextDouble(0.5, 1.5) + noise * 0.5;
        yield Math.min(100, Math.round(v * 2) / 2.0);
      }
      case "per_1000" -> Math.max(1, round(b.nextDouble(8, 25) * Math.pow(0.95, t) * (1 + 0.02 * noise), 1));
      case "per_100000" -> Math.max(5, Math.round(b.nextDouble(10, 600) * Math.pow(0.95, t) * (1 + 0.02 * noise)));
      case "vnd" -> (50 + b.nextInt(45) * 10 + t * 10) * 1_000_000.0;
      default -> Math.max(1, 2 + b.nextInt(28) + t * b.nextInt(3));
    };
  }

  /** The phrase a district writes for an indicator; changes every few years. */
  String wording(int district, int k, int year) {
    IndicatorSpec ind = indicators.get(k);
    List<String> phrases = new ArrayList<>();
    phrases.add(ind.name());
    for (String s : ind.synonyms()) {
      if (s.indexOf(' ') > 0) {
        phrases.add(s);
      }
    }
    String p = phrases.get(random(district, k, year / 4, 5).nextInt(phrases.size()));
    return lowerFirst(p);
  }

  /** Whether the pipeline is imagined to have matched the indicator (nine times in ten). */
  boolean identified(int district, int k) {
    return random(district, k, 6).nextInt(10) != 0;
  }

  static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }

  /** "Tỷ lệ …" → "tỷ lệ …", but "TNTT trẻ em" and "HIV" keep their capitals. */
  static String lowerFirst(String s) {
    int space = s.indexOf(' ');
    String first = space < 0 ? s : s.substring(0, space);
    if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))) {
      return s;
    }
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** "Cẩm Phả" → "cam-pha" for file names. */
  static String slug(String s) {
    String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    for (char c : d.toCharArray()) {
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      } else if ((c == ' ' || c == '-') && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    return sb.toString();
  }

  /** A number as Vietnamese plans write it: "6,5", "1.000", "99,5". */
  static String vietnamese(double v) {
    if (v == Math.rint(v)) {
      String digits = Long.toString((long) v);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < digits.length(); i++) {
        if (i > 0 && (digits.length() - i) % 3 == 0) {
          sb.append('.');
        }
        sb.append(digits.charAt(i));
      }
      return sb.toString();
    }
    String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return s.replace('.', ',');
  }
}
