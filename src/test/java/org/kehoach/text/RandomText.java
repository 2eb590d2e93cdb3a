package org.kehoach.text;

import java.util.Random;

/**
 * Random strings for comparing a fast text routine with its definition: pieces from a list, now and then a
 * random BMP character (lone surrogates included). The seed comes from {@code -Dkehoach.seed=N} when given,
 * so a failure that prints it can be replayed.
 */
public final class RandomText {
  private final long seed = Long.getLong("kehoach.seed", System.nanoTime());
  private final Random random = new Random(seed);
  private final String[] pieces;

  public RandomText(String... pieces) {
    this.pieces = pieces.clone();
  }

  public long seed() {
    return seed;
  }

  /** Up to {@code maxParts} pieces; about one part in {@code oneIn} is a random character instead. */
  public String next(int maxParts, int oneIn) {
    StringBuilder sb = new StringBuilder();
    int parts = random.nextInt(maxParts + 1);
    for (int p = 0; p < parts; p++) {
      if (random.nextInt(oneIn) == 0) {
        sb.append((char) random.nextInt(0x10000));
      } else {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
    }
    return sb.toString();
  }
}
