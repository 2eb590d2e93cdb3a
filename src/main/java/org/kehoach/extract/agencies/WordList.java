package org.kehoach.extract.agencies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.text.ToneNormalizer;

/**
 * A short list of phrases (one per line of a UTF-8 classpath resource; blank lines and {@code #} comments
 * skipped) matched on the words of {@link VietTokenizer} tokens as spelled, in lower case with the tone mark
 * in its canonical place ({@link #key}), so "Đề nghị" and "đề nghị", "Uỷ ban" and "ủy ban" are one phrase but
 * "giao" (assign) is not "Giáo" (education): folding away the diacritics would merge them. Immutable and
 * thread-safe.
 */
final class WordList {
  private final Set<List<String>> phrases;
  private final int maxWords;

  private WordList(Set<List<String>> phrases) {
    this.phrases = Set.copyOf(phrases);
    this.maxWords = phrases.stream().mapToInt(List::size).max().orElse(0);
  }

  static WordList fromResource(String resource) {
    VietTokenizer tokenizer = new VietTokenizer();
    Set<List<String>> phrases = new HashSet<>();
    for (String line : lines(resource)) {
      List<String> key = new ArrayList<>();
      TextTokens t = tokenizer.tokens(line);
      for (int i = 0; i < t.size(); i++) {
        key.add(key(t.word(i)));
      }
      if (!key.isEmpty()) {
        phrases.add(List.copyOf(key));
      }
    }
    return new WordList(phrases);
  }

  /** Tokens of the longest listed phrase starting at token {@code i} of {@code s} and ending before {@code limit}, or 0. */
  int longestAt(ScannedText s, int i, int limit) {
    int best = 0;
    List<String> key = new ArrayList<>(maxWords);
    for (int j = i; j < Math.min(limit, i + maxWords); j++) {
      key.add(s.key(j));
      if (phrases.contains(key)) {
        best = j - i + 1;
      }
    }
    return best;
  }

  /** A token's matching key: its word in lower case with the tone mark in the canonical place. */
  static String key(String word) {
    return ToneNormalizer.normalize(word).toLowerCase(Locale.ROOT);
  }

  /** The non-blank, non-comment lines of a classpath resource, stripped. */
  static List<String> lines(String resource) {
    InputStream in = WordList.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("word list not found on the classpath: " + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return out;
  }
}
