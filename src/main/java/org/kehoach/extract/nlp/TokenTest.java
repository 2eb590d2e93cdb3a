package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A cheap test on one token, named after the rule syntax it mirrors ({@code lemma:chu|giao}, {@code word::}),
 * used by {@link RuleGate} to say which tokens a rules file needs. Immutable and thread-safe.
 *
 * @param description what the test accepts, as written in a rule: {@code ner:DATE}
 * @param test the test itself
 */
public record TokenTest(String description, Predicate<CoreLabel> test) {
  public TokenTest {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(test, "test");
  }

  /** Tokens written as one of {@code words}: {@code [{word:":"}]}. */
  public static TokenTest word(String... words) {
    Set<String> set = Set.of(words);
    return new TokenTest("word:" + String.join("|", words), t -> contains(set, t.word()));
  }

  /** Tokens whose fold is one of {@code lemmas}: {@code [{lemma:"giao"}]}. */
  public static TokenTest lemma(String... lemmas) {
    Set<String> set = Set.of(lemmas);
    return new TokenTest("lemma:" + String.join("|", lemmas), t -> contains(set, t.lemma()));
  }

  /** Tokens tagged with one of {@code tags}: {@code [{ner:"DATE"}]}. */
  public static TokenTest ner(String... tags) {
    Set<String> set = Set.of(tags);
    return new TokenTest("ner:" + String.join("|", tags), t -> contains(set, t.ner()));
  }

  /** Tokens whose annotation {@code key}, named {@code name} in the rules, is one of {@code values}. */
  public static TokenTest annotation(String name, Class<? extends CoreAnnotation<String>> key, String... values) {
    Set<String> set = Set.of(values);
    return new TokenTest(name + ":" + String.join("|", values), t -> contains(set, t.get(key)));
  }

  /** Tokens of one of {@code shapes}: {@code [{shape:"NUMBER"}]}. */
  public static TokenTest shape(TokenShape... shapes) {
    Set<String> set = Set.of(Arrays.stream(shapes).map(TokenShape::name).toArray(String[]::new));
    return new TokenTest("shape:" + String.join("|", set.stream().sorted().toList()),
        t -> contains(set, t.get(CoreAnnotations.ShapeAnnotation.class)));
  }

  /** Tokens this test or {@code other} accepts. */
  public TokenTest or(TokenTest other) {
    Predicate<CoreLabel> a = test;
    Predicate<CoreLabel> b = other.test;
    return new TokenTest(description + " or " + other.description, t -> a.test(t) || b.test(t));
  }

  /** {@code Set.of} sets throw on a null lookup; a token without the annotation is simply not accepted. */
  private static boolean contains(Set<String> set, String value) {
    return value != null && set.contains(value);
  }

  public boolean accepts(CoreLabel token) {
    return test.test(token);
  }

  /** Whether each of {@code tests} accepts some token of {@code tokens[from, to)}. */
  static boolean eachAcceptsOne(List<TokenTest> tests, List<CoreLabel> tokens, int from, int to) {
    for (TokenTest test : tests) {
      boolean found = false;
      for (int i = from; i < to && !found; i++) {
        found = test.accepts(tokens.get(i));
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return description;
  }
}
