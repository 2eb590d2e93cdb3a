package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kehoach.text.Fold;

/**
 * A list of multi-word phrases (one per line in a UTF-8 classpath resource; blank lines and lines starting
 * with {@code #} are skipped) matched against tokens by their folded form, so "Kế hoạch", "kế hoạch" and
 * "KẾ HOẠCH" are the same phrase. Each entry's line is its canonical spelling.
 *
 * <p>{@link #tag} marks the longest phrase starting at each token, left to right, by setting the token's
 * {@code ner} annotation to a label and its normalized-ner annotation to the canonical spelling, so
 * TokensRegex rules can say {@code [{ner:"DOCTYPE"}]+}. Immutable and thread-safe; {@code tag} mutates only
 * the tokens it is given.
 */
public final class PhraseLexicon {
  private final Map<String, String> canonicalByKey;
  private final int maxTokens;
  private final VietTokenizer tokenizer = new VietTokenizer();

  private PhraseLexicon(Map<String, String> canonicalByKey) {
    this.canonicalByKey = Map.copyOf(canonicalByKey);
    this.maxTokens = canonicalByKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
  }

  /** Loads the phrases of a classpath resource. */
  public static PhraseLexicon fromResource(String resource) {
    Objects.requireNonNull(resource, "resource");
    InputStream in = PhraseLexicon.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("phrase list not found on the classpath: " + resource);
    }
    Map<String, String> map = new HashMap<>();
    VietTokenizer tokenizer = new VietTokenizer();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String phrase = line.strip();
        if (!phrase.isEmpty() && !phrase.startsWith("#")) {
          map.putIfAbsent(key(tokenizer.tokenize(phrase)), phrase);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read phrase list " + resource, e);
    }
    return new PhraseLexicon(map);
  }

  /** The canonical spelling of a phrase written any way, or empty when it is not in the list. */
  public Optional<String> canonical(String phrase) {
    return Optional.ofNullable(canonicalByKey.get(key(tokenizer.tokenize(phrase))));
  }

  /** Tags every longest listed phrase in {@code tokens} with {@code label}; returns how many were tagged. */
  public int tag(List<CoreLabel> tokens, String label) {
    int count = 0;
    int i = 0;
    while (i < tokens.size()) {
      int len = longestAt(tokens, i);
      if (len == 0) {
        i++;
        continue;
      }
      String canonical = canonicalByKey.get(key(tokens.subList(i, i + len)));
      for (CoreLabel t : tokens.subList(i, i + len)) {
        t.setNER(label);
        t.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, canonical);
      }
      count++;
      i += len;
    }
    return count;
  }

  private int longestAt(List<CoreLabel> tokens, int start) {
    for (int len = Math.min(maxTokens, tokens.size() - start); len > 0; len--) {
      if (canonicalByKey.containsKey(key(tokens.subList(start, start + len)))) {
        return len;
      }
    }
    return 0;
  }

  private static String key(List<CoreLabel> tokens) {
    StringBuilder sb = new StringBuilder();
    for (CoreLabel t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Fold.fold(t.word()));
    }
    return sb.toString();
  }
}
