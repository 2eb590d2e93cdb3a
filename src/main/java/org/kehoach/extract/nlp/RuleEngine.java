package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
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
  private final String resource;
  private final ThreadLocal<CoreMapExpressionExtractor<MatchedExpression>> extractor;

  public RuleEngine(String resource) {
    this.resource = Objects.requireNonNull(resource, "resource");
    if (RuleEngine.class.getClassLoader().getResource(resource) == null) {
      throw new IllegalArgumentException("rules resource not found on the classpath: " + resource);
    }
    this.extractor = ThreadLocal.withInitial(this::compile);
  }

  private CoreMapExpressionExtractor<MatchedExpression> compile() {
    Env env = TokenSequencePattern.getNewEnv();
    return CoreMapExpressionExtractor.createExtractorFromFiles(env, resource);
  }

  /** All rule matches in one run of tokens (typically a paragraph), in text order. */
  public List<MatchedExpression> match(List<CoreLabel> tokens) {
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return extractor.get().extractExpressions(sentence);
  }

  public String resource() {
    return resource;
  }
}
