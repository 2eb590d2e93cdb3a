package org.kehoach.extract.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NormAnnotation#nfc} skips the normaliser only where it changes nothing: every character it calls
 * stable is its own NFC, every pair of them too, and random words of stable characters, combining marks and
 * others come out as {@link Normalizer} makes them.
 */
class NormAnnotationTest {
  private static List<Character> stable() {
    List<Character> out = new ArrayList<>();
    for (char c = 0; c < 0x2000; c++) {
      if (NormAnnotation.isStable(c)) {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void stableCharactersAndTheirPairsAreTheirOwnNfc() {
    List<Character> stable = stable();
    for (char a : stable) {
      String one = String.valueOf(a);
      assertEquals(one, Normalizer.normalize(one, Normalizer.Form.NFC), () -> Integer.toHexString(a));
      for (char b : stable) {
        String two = one + b;
        assertEquals(two, Normalizer.normalize(two, Normalizer.Form.NFC),
            () -> Integer.toHexString(a) + " " + Integer.toHexString(b));
      }
    }
  }

  @Test
  void wordsComeOutAsTheNormaliserMakesThem() {
    assertSame("giảm", NormAnnotation.nfc("giảm"));
    assertEquals("giảm", NormAnnotation.nfc("gia\u0309m"));
    long seed = System.nanoTime();
    System.out.println("NormAnnotationTest seed " + seed);
    Random random = new Random(seed);
    List<Character> stable = stable();
    char[] others = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B', '\u0340', '\u0344',
        '\u1F71', '\u212B', '\u2126', '\uAC00', '\u1161', '\u11A8', '\u0374', '\u037E'};
    for (int k = 0; k < 20000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int n = 1 + random.nextInt(6); n > 0; n--) {
        sb.append(random.nextInt(4) == 0 ? others[random.nextInt(others.length)] : stable.get(random.nextInt(stable.size())));
      }
      String w = sb.toString();
      assertEquals(Normalizer.normalize(w, Normalizer.Form.NFC), NormAnnotation.nfc(w), w);
    }
  }
}
