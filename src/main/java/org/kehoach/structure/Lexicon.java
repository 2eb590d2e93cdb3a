package org.kehoach.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable word list matched on {@link TextShape#key} keys: one phrase per line, '#' starts a comment.
 * Phrases are written with diacritics for the reader and keyed when loaded.
 */
final class Lexicon {
  private final List<String> keys;

  Lexicon(List<String> phrases) {
    List<String> k = new ArrayList<>();
    for (String p : phrases) {
      String key = TextShape.key(Objects.requireNonNull(p, "phrase"));
      if (!key.isEmpty() && !k.contains(key)) {
        k.add(key);
      }
    }
    // longest first, so the first match is the longest
    k.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.keys = List.copyOf(k);
  }

  /** Loads a word list from a class-path resource next to this class. */
  static Lexicon resource(String name) {
    return new Lexicon(readLines(name));
  }

  /** Non-comment, non-blank lines of a UTF-8 resource next to this class. */
  static List<String> readLines(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " next to " + Lexicon.class.getName());
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return out;
  }

  /** The longest entry that {@code key} starts with at a word boundary, or {@code null}. */
  String prefixOf(String key) {
    for (String k : keys) {
      if (startsWithWord(key, k)) {
        return k;
      }
    }
    return null;
  }

  boolean matchesPrefix(String key) {
    return prefixOf(key) != null;
  }

  List<String> keys() {
    return keys;
  }

  /** True when {@code key} equals {@code word} or starts with it followed by a space. */
  static boolean startsWithWord(String key, String word) {
    return key.startsWith(word) && (key.length() == word.length() || key.charAt(word.length()) == ' ');
  }

  /** True when {@code word} occurs in {@code key} between word boundaries. */
  static boolean containsWord(String key, String word) {
    int i = key.indexOf(word);
    while (i >= 0) {
      boolean left = i == 0 || key.charAt(i - 1) == ' ';
      int e = i + word.length();
      boolean right = e == key.length() || key.charAt(e) == ' ';
      if (left && right) {
        return true;
      }
      i = key.indexOf(word, i + 1);
    }
    return false;
  }
}
