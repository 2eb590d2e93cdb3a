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
 *
 * <p>{@code tag} walks a trie of the phrases' folded words from each token, folding each token once, rather
 * than joining a key for every phrase length at every token: a key is the folds of a phrase's tokens joined
 * by spaces, and no fold of a token holds a space, so a run of tokens has a phrase's key exactly when its
 * folds are that phrase's folds one by one.
 */
public final class PhraseLexicon {
  private final Map<String, String> canonicalByKey;
  private final int maxTokens;
  private final Node root = new Node();
  private final VietTokenizer tokenizer = new VietTokenizer();

  /** A trie node: the phrases that go on with each next folded word, and the phrase that ends here, if any. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    String canonical;
  }

  private PhraseLexicon(Map<String, String> canonicalByKey) {
    this.canonicalByKey = Map.copyOf(canonicalByKey);
    this.maxTokens = canonicalByKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    canonicalByKey.forEach((key, canonical) -> {
      Node n = root;
      for (String fold : key.split(" ", -1)) {
        n = n.next.computeIfAbsent(fold, k -> new Node());
      }
      n.canonical = canonical;
    });
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
    String[] folds = new String[tokens.size()];
    int count = 0;
    int i = 0;
    while (i < tokens.size()) {
      Node longest = null;
      int len = 0;
      Node n = root;
      for (int k = 0; k < Math.min(maxTokens, tokens.size() - i) && n != null; k++) {
        n = n.next.get(fold(tokens, folds, i + k));
        if (n != null && n.canonical != null) {
          longest = n;
          len = k + 1;
        }
      }
      if (longest == null) {
        i++;
        continue;
      }
      String canonical = longest.canonical;
      for (CoreLabel t : tokens.subList(i, i + len)) {
        t.setNER(label);
        t.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, canonical);
      }
      count++;
      i += len;
    }
    return count;
  }

  /** The fold of token {@code i}, folded on first use. */
  private static String fold(List<CoreLabel> tokens, String[] folds, int i) {
    String f = folds[i];
    if (f == null) {
      f = Fold.fold(tokens.get(i).word());
      folds[i] = f;
    }
    return f;
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
