package org.kehoach.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells whether a word is a well-formed Vietnamese syllable: a known onset, a rhyme from {@code rhymes.txt}
 * and a tone the rhyme allows (a syllable ending in c, ch, p or t takes the acute or the dot below:
 * "tốt", "học", never "tồt" or "tôt"). Case and tone placement are ignored. Used to score how Vietnamese a decoding
 * reads; it accepts some non-words, which is fine for scoring. Immutable and thread-safe.
 */
public final class SyllableChecker {
  private static final String RHYMES_RESOURCE = "rhymes.txt";

  private final Set<String> rhymes;

  private SyllableChecker(Set<String> rhymes) {
    this.rhymes = Set.copyOf(rhymes);
  }

  /** The checker with the rhyme list shipped in this package's resources. */
  public static SyllableChecker standard() {
    return Holder.STANDARD;
  }

  /** Whether {@code s[start, end)} is one well-formed syllable. */
  public boolean isSyllable(CharSequence s, int start, int end) {
    Syllable syl = Syllable.parse(s, start, end);
    if (syl == null) {
      return false;
    }
    if (stopFinal(s, syl) && syl.tone() != VietnameseLetters.ACUTE && syl.tone() != VietnameseLetters.DOT) {
      return false;
    }
    String rhyme = plain(s, syl.vowelStart(), end);
    if (rhymes.contains(rhyme)) {
      return true;
    }
    int onsetLength = syl.vowelStart() - syl.start();
    if (onsetLength == 2 && Syllable.plain(s, syl.start()) == 'q') {
      return rhymes.contains("u" + rhyme);
    }
    if (onsetLength == 2 && Syllable.plain(s, syl.start()) == 'g' && Syllable.plain(s, syl.start() + 1) == 'i') {
      return rhymes.contains("i" + rhyme);
    }
    return false;
  }

  /** Whether the whole of {@code word} is one well-formed syllable. */
  public boolean isSyllable(CharSequence word) {
    return isSyllable(word, 0, word.length());
  }

  private static boolean stopFinal(CharSequence s, Syllable syl) {
    if (!syl.closed()) {
      return false;
    }
    char f = Syllable.plain(s, syl.finalStart());
    return f == 'p' || f == 't' || f == 'c';
  }

  private static String plain(CharSequence s, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      sb.append(Syllable.plain(s, i));
    }
    return sb.toString();
  }

  static Set<String> loadRhymes() {
    Set<String> out = new HashSet<>();
    try (InputStream in = SyllableChecker.class.getResourceAsStream(RHYMES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RHYMES_RESOURCE + " next to SyllableChecker");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        for (String rhyme : t.split("\\s+")) {
          out.add(rhyme);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RHYMES_RESOURCE, e);
    }
    return out;
  }

  /** Lazy holder: the shipped list is read once, on first use, into an immutable set. */
  private static final class Holder {
    static final SyllableChecker STANDARD = new SyllableChecker(loadRhymes());
  }
}
