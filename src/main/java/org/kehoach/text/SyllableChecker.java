package org.kehoach.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

  /**
   * The letters rhymes are spelled with (the twelve vowels and the final consonants), numbered from 1 so that a
   * rhyme packs into a long, five bits a letter: lookups then allocate nothing.
   */
  private static final String RHYME_LETTERS = "aăâeêioôơuưychmngpt";

  /** The packed codes of the known rhymes, sorted. */
  private final long[] rhymes;

  private SyllableChecker(Set<String> rhymes) {
    this.rhymes = rhymes.stream().mapToLong(r -> code((char) 0, r, 0, r.length())).filter(c -> c >= 0).sorted()
        .toArray();
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
    if (known((char) 0, s, syl.vowelStart(), end)) {
      return true;
    }
    int onsetLength = syl.vowelStart() - syl.start();
    if (onsetLength == 2 && Syllable.plain(s, syl.start()) == 'q') {
      return known('u', s, syl.vowelStart(), end);
    }
    if (onsetLength == 2 && Syllable.plain(s, syl.start()) == 'g' && Syllable.plain(s, syl.start() + 1) == 'i') {
      return known('i', s, syl.vowelStart(), end);
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

  /** Whether {@code lead} (when not 0) followed by the plain letters of {@code s[from, to)} is a known rhyme. */
  private boolean known(char lead, CharSequence s, int from, int to) {
    long code = code(lead, s, from, to);
    return code >= 0 && Arrays.binarySearch(rhymes, code) >= 0;
  }

  /**
   * The packed code of {@code lead} (when not 0) and the plain letters of {@code s[from, to)}, or -1 when one is
   * not a rhyme letter or the rhyme is too long to pack.
   */
  private static long code(char lead, CharSequence s, int from, int to) {
    long code = 0;
    int letters = 0;
    if (lead != 0) {
      code = RHYME_LETTERS.indexOf(lead) + 1;
      letters = 1;
    }
    for (int i = from; i < to; i++) {
      int k = RHYME_LETTERS.indexOf(Syllable.plain(s, i)) + 1;
      if (k == 0 || ++letters > 12) {
        return -1;
      }
      code = code << 5 | k;
    }
    return code;
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
