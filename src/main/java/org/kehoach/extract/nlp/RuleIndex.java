package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.MultiNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePatternTransformer;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which rules of a file can use a token at all: for each token, a bit set of the rules one of whose token
 * patterns accepts it. The token patterns are TokensRegex's own, read from the compiled rules ({@link
 * TokenSequencePattern#transform}), so the index can never disagree with the rules: a match of rule
 * {@code r} is made only of tokens with bit {@code r}. Patterns that compare one annotation with literal
 * words ({@code [{lemma:"chu"}]}, {@code [{norm:/là|bằng/}]}) become one map lookup per annotation; any
 * other pattern (a wildcard such as {@code [!{lemma:"tinh"}]}, a character class) is asked as it is.
 *
 * <p>The same lookups give, for each token, the rules that can start a match at it: those one of whose
 * first token patterns ({@link StartTokens}) accepts it, and those whose first patterns are unknown.
 *
 * <p>At most 64 rules. Built per thread with the extractor it was read from, like it not thread-safe.
 */
final class RuleIndex {
  static final int MAX_RULES = Long.SIZE;
  /** A regex that is only literal alternatives, "va|cung" or "chu": it matches exactly those words. */
  private static final Pattern LITERAL_ALTERNATIVES = Pattern.compile("[\\p{L}\\p{N}]+(?:\\|[\\p{L}\\p{N}]+)*");
  /** Four hex digits of a {@code \\uXXXX} escape: "2013". */
  private static final Pattern HEX4 = Pattern.compile("[0-9A-Fa-f]{4}");

  /** Per annotation key, per literal word: the rules it belongs to, and the rules it can start. */
  @SuppressWarnings("rawtypes")
  private final Map<Class, Map<String, long[]>> literals = new LinkedHashMap<>();
  /** The same as arrays, so the lookups for each token walk no map entries. */
  @SuppressWarnings("rawtypes")
  private final Class[] literalKeys;
  private final Map<String, long[]>[] literalWords;
  /** The other token patterns, each with the rules it belongs to and the rules it can start. */
  private final NodePattern<CoreLabel>[] others;
  private final long[] otherRules;
  private final long[] otherStarts;

  /** Rules whose token patterns could not all be read: they may use any token. */
  private final long anyToken;
  /** Rules whose first token patterns are unknown: any token may start them. */
  private final long anyStart;

  /**
   * @param rules the patterns of the rules, in file order
   * @param starts per rule, the token patterns a match can start with, or null when unknown
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  RuleIndex(List<TokenSequencePattern> rules, List<List<NodePattern<CoreMap>>> starts) {
    if (rules.size() > MAX_RULES) {
      throw new IllegalArgumentException("at most " + MAX_RULES + " rules, got " + rules.size());
    }
    if (starts.size() != rules.size()) {
      throw new IllegalArgumentException("starts must have one entry per rule, got " + starts.size() + " for " + rules.size());
    }
    Map<String, NodePattern> otherPatterns = new LinkedHashMap<>();
    Map<String, long[]> otherBits = new HashMap<>();
    long any = 0;
    long anyFirst = 0;
    for (int r = 0; r < rules.size(); r++) {
      long bit = 1L << r;
      List<NodePattern> nodes = nodePatterns(rules.get(r));
      if (nodes == null) {
        any |= bit;
      } else {
        nodes.forEach(node -> add(node, bit, 0, otherPatterns, otherBits));
      }
      if (starts.get(r) == null) {
        anyFirst |= bit;
      } else {
        starts.get(r).forEach(node -> add(node, bit, 1, otherPatterns, otherBits));
      }
    }
    this.literalKeys = literals.keySet().toArray(new Class[0]);
    this.literalWords = literals.values().toArray(new Map[0]);
    this.anyToken = any;
    this.anyStart = anyFirst;
    this.others = otherPatterns.values().toArray(new NodePattern[0]);
    this.otherRules = otherPatterns.keySet().stream().mapToLong(k -> otherBits.get(k)[0]).toArray();
    this.otherStarts = otherPatterns.keySet().stream().mapToLong(k -> otherBits.get(k)[1]).toArray();
  }

  /** Files {@code bit} under {@code node}'s words, or under the node itself, in slot 0 (uses) or 1 (starts). */
  @SuppressWarnings("rawtypes")
  private void add(NodePattern node, long bit, int slot, Map<String, NodePattern> otherPatterns,
      Map<String, long[]> otherBits) {
    Pair<Class, List<String>> words = literalWords(node);
    if (words != null) {
      Map<String, long[]> byWord = literals.computeIfAbsent(words.first(), k -> new HashMap<>());
      words.second().forEach(w -> byWord.computeIfAbsent(w, k -> new long[2])[slot] |= bit);
    } else {
      otherPatterns.putIfAbsent(node.toString(), node);
      otherBits.computeIfAbsent(node.toString(), k -> new long[2])[slot] |= bit;
    }
  }

  /**
   * The token patterns of a rule as written, or null when it has a part that is not a token pattern (a
   * multi-token pattern, a back reference). They are read from the pattern before TokensRegex optimises it:
   * the optimiser turns long alternations of words into word-set and word-sequence patterns that accept
   * exactly what the written alternatives accept, but the sequences are not token patterns any more.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static List<NodePattern> nodePatterns(TokenSequencePattern rule) {
    List<NodePattern> out = new ArrayList<>();
    boolean[] unreadable = {false};
    try {
      rule.transform(new NodePatternTransformer<CoreMap, CoreMap>() {
        @Override
        public NodePattern<CoreMap> transform(NodePattern<CoreMap> n) {
          out.add(n);
          return n;
        }

        @Override
        public MultiNodePattern<CoreMap> transform(MultiNodePattern<CoreMap> n) {
          unreadable[0] = true;
          return n;
        }
      });
    } catch (UnsupportedOperationException e) {
      return null; // back references and actions cannot be walked
    }
    return unreadable[0] ? null : out;
  }

  /**
   * For each token of {@code tokens[from, to)}, the rules that can use it into {@code uses[i - from]} and
   * the rules that can start a match at it into {@code starts[i - from]}: bit {@code r} for rule {@code r}.
   */
  @SuppressWarnings("rawtypes")
  void masks(List<CoreLabel> tokens, int from, int to, long[] uses, long[] starts) {
    for (int i = from; i < to; i++) {
      CoreLabel token = tokens.get(i);
      long use = anyToken;
      long start = anyStart;
      for (int k = 0; k < literalKeys.length; k++) {
        if (token.get(literalKeys[k]) instanceof String s) {
          long[] bits = literalWords[k].get(s);
          if (bits != null) {
            use |= bits[0];
            start |= bits[1];
          }
        }
      }
      for (int k = 0; k < others.length; k++) {
        if (((otherRules[k] & ~use) | (otherStarts[k] & ~start)) != 0 && others[k].match(token)) {
          use |= otherRules[k];
          start |= otherStarts[k];
        }
      }
      uses[i - from] = use;
      starts[i - from] = start & use;
    }
  }

  /** Whether the tokens that can start a match of rule {@code r} are known. */
  boolean startsKnown(int r) {
    return (anyStart & (1L << r)) == 0;
  }

  /** The key and words of a pattern on one annotation with literal words only, or null. */
  @SuppressWarnings("rawtypes")
  private static Pair<Class, List<String>> literalWords(NodePattern node) {
    if (!(node instanceof CoreMapNodePattern c) || c.getAnnotationPatterns().size() != 1) {
      return null;
    }
    Pair<Class, NodePattern> only = c.getAnnotationPatterns().get(0);
    if (only.second() instanceof ComplexNodePattern.StringAnnotationPattern s) {
      return s.ignoreCase() || s.normalize() ? null : Pair.makePair(only.first(), List.of(s.getString()));
    }
    if (only.second() instanceof ComplexNodePattern.StringAnnotationRegexPattern r && r.getPattern().flags() == 0) {
      String regex = r.getPattern().pattern();
      if (LITERAL_ALTERNATIVES.matcher(regex).matches()) {
        return Pair.makePair(only.first(), Arrays.asList(regex.split("\\|")));
      }
      List<String> chars = classChars(regex);
      return chars == null ? null : Pair.makePair(only.first(), chars);
    }
    return null;
  }

  /**
   * The characters of a regex that is one class of literal characters ("[,;]", "[-–—]", "[\\/\\-\\u2013&]"),
   * each as a one-character word, or null for any other regex (ranges, negations, predefined classes,
   * intersections): such a class matches exactly its characters, each alone.
   */
  static List<String> classChars(String regex) {
    int n = regex.length();
    if (n < 3 || regex.charAt(0) != '[' || regex.charAt(n - 1) != ']' || regex.charAt(1) == '^') {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 1; i < n - 1; i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 >= n - 1) {
          return null;
        }
        char e = regex.charAt(++i);
        if (e == 'u' && i + 4 < n - 1 && HEX4.matcher(regex.substring(i + 1, i + 5)).matches()) {
          c = (char) Integer.parseInt(regex.substring(i + 1, i + 5), 16);
          i += 4;
        } else if (Character.isLetterOrDigit(e)) {
          return null; // a predefined class or an escape other than \\uXXXX
        } else {
          c = e; // a backslash before any other character quotes it
        }
      } else if (c == '[' || c == ']' || (c == '&' && regex.charAt(i + 1) == '&') || (c == '-' && i != 1 && i != n - 2)) {
        return null; // a nested class, an intersection or a range
      }
      if (Character.isSurrogate(c)) {
        return null;
      }
      out.add(String.valueOf(c));
    }
    return out;
  }
}
