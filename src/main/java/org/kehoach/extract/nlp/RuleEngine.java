package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A set of TokensRegex rules loaded from a classpath resource (e.g.
 * {@code org/kehoach/extract/targets.rules}). Rules match on the annotations {@link VietTokenizer} sets:
 * {@code word} (as written), {@code lemma} (folded: no diacritics, lower case) and {@code shape}
 * ({@link TokenShape}); they may tag tokens through {@code ner}, which a rules file binds with
 * {@code ner = { type: "CLASS", value: "edu.stanford.nlp.ling.CoreAnnotations$NamedEntityTagAnnotation" }}.
 *
 * <p>The compiled extractor is not documented as thread-safe, so each thread gets its own copy, built on
 * first use; the engine itself may be shared.
 */
public final class RuleEngine {
  private final List<String> resources;
  private final ThreadLocal<CoreMapExpressionExtractor<MatchedExpression>> extractor;

  public RuleEngine(String resource) {
    this(List.of(Objects.requireNonNull(resource, "resource")));
  }

  /**
   * Rules read from several resources in order into one environment, so a shared file of variables
   * (e.g. {@code $DOC_NUMBER}) can be loaded before the files whose rules use them.
   */
  public RuleEngine(List<String> resources) {
    this.resources = List.copyOf(resources);
    if (this.resources.isEmpty()) {
      throw new IllegalArgumentException("resources must name at least one rules file");
    }
    for (String r : this.resources) {
      if (RuleEngine.class.getClassLoader().getResource(r) == null) {
        throw new IllegalArgumentException("rules resource not found on the classpath: " + r);
      }
    }
    this.extractor = ThreadLocal.withInitial(this::compile);
  }

  private CoreMapExpressionExtractor<MatchedExpression> compile() {
    Env env = TokenSequencePattern.getNewEnv();
    return CoreMapExpressionExtractor.createExtractorFromFiles(env, resources);
  }

  /** All rule matches in one run of tokens (typically a paragraph), in text order. */
  public List<MatchedExpression> match(List<CoreLabel> tokens) {
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return extractor.get().extractExpressions(sentence);
  }

  /**
   * A rule's result as plain strings: {@code result: "CUE"} gives ["CUE"], {@code result: ( "REF",
   * $$num.text )} gives ["REF", "56/KH - UBND"] (a group's text keeps the spaces of the source where tokens
   * were apart). TokensRegex wraps each element in a {@code Value}; this unwraps them.
   */
  public static List<String> resultStrings(MatchedExpression m) {
    Object v = m.getValue() == null ? null : m.getValue().get();
    if (v instanceof List<?> list) {
      List<String> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(unwrap(o));
      }
      return List.copyOf(out);
    }
    return v == null ? List.of() : List.of(unwrap(v));
  }

  private static String unwrap(Object o) {
    Object x = o instanceof Value<?> value ? value.get() : o;
    return x == null ? "" : String.valueOf(x);
  }

  /** The last (most specific) rules resource. */
  public String resource() {
    return resources.get(resources.size() - 1);
  }
}
