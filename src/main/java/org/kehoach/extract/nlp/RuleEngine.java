package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A set of TokensRegex rules loaded from a classpath resource (e.g.
 * {@code org/kehoach/extract/targets.rules}). Rules match on the annotations {@link VietTokenizer} sets:
 * {@code word} (as written), {@code lemma} (folded: no diacritics, lower case) and {@code shape}
 * ({@link TokenShape}); they may tag tokens through {@code ner}, which a rules file binds with
 * {@code ner = { type: "CLASS", value: "edu.stanford.nlp.ling.CoreAnnotations$NamedEntityTagAnnotation" }}.
 *
 * <p>TokensRegex tries every rule at every token, so the engine narrows where it runs, without changing
 * what it finds: a {@link RuleGate} declared with the rules says which runs of tokens can hold a match, and
 * within them each rule runs only on the tokens it can use ({@link CompiledRules}). Rules files with the
 * sequence anchors {@code ^} or {@code $} take no gate, and their anchored rules run on whole sequences.
 *
 * <p>The compiled extractor is not documented as thread-safe, so each thread gets its own copy, built on
 * first use; the first is compiled in the background as soon as the engine is built. The engine itself may
 * be shared.
 */
public final class RuleEngine {
  private final List<String> resources;
  private final RuleGate gate;
  private final boolean verify;
  /** Whether a variable of the rules uses the sequence anchors: then the rules run through the whole extractor. */
  private final boolean anchoredVariables;
  /** Whether a rules file may hold actions, which only the extractor's own extraction runs. */
  private final boolean actions;
  private final ThreadLocal<CompiledRules> compiled;
  /** The rules being compiled in the background since the engine was built, for the first thread to match. */
  private final AtomicReference<CompletableFuture<CompiledRules>> early;

  public RuleEngine(String resource) {
    this(List.of(Objects.requireNonNull(resource, "resource")), RuleGate.everywhere());
  }

  public RuleEngine(String resource, RuleGate gate) {
    this(List.of(Objects.requireNonNull(resource, "resource")), gate);
  }

  /**
   * Rules read from several resources in order into one environment, so a shared file of variables
   * (e.g. {@code $DOC_NUMBER}) can be loaded before the files whose rules use them.
   */
  public RuleEngine(List<String> resources, RuleGate gate) {
    this(resources, gate, false);
  }

  private RuleEngine(List<String> resources, RuleGate gate, boolean verify) {
    this.resources = List.copyOf(resources);
    this.gate = Objects.requireNonNull(gate, "gate");
    this.verify = verify;
    if (this.resources.isEmpty()) {
      throw new IllegalArgumentException("resources must name at least one rules file");
    }
    boolean anchors = false;
    boolean variables = false;
    boolean mayAct = false;
    for (String r : this.resources) {
      String source = RuleSource.read(r);
      anchors |= RuleSource.hasSequenceAnchor(source);
      variables |= RuleSource.hasAnchoredVariable(source);
      mayAct |= RuleSource.mayHaveActions(source);
    }
    this.anchoredVariables = variables;
    this.actions = mayAct;
    if (anchors && !gate.isEverywhere()) {
      throw new IllegalArgumentException("rules " + this.resources + " use ^ or $, so they cannot be gated by " + gate);
    }
    this.compiled = ThreadLocal.withInitial(this::claimOrCompile);
    this.early = new AtomicReference<>(compileInBackground());
  }

  /**
   * Starts compiling the rules on a thread of their own: compiling all of a pipeline's rules files takes
   * most of a second in a fresh JVM, which then overlaps with building the rest and reading the first file.
   */
  private CompletableFuture<CompiledRules> compileInBackground() {
    CompletableFuture<CompiledRules> done = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        done.complete(compile());
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
      }
    }, "kehoach-rules " + resource());
    t.setDaemon(true);
    t.start();
    return done;
  }

  /** The early compilation for the first thread that asks, a compilation of its own for any other. */
  private CompiledRules claimOrCompile() {
    CompletableFuture<CompiledRules> f = early.getAndSet(null);
    if (f == null) {
      return compile();
    }
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * This engine checking itself on every call: it also runs the whole extractor on the whole sequence and
   * throws {@link IllegalStateException} when the matches differ. For tests.
   */
  public RuleEngine verifying() {
    return new RuleEngine(resources, gate, true);
  }

  /** Compiles the rules for the calling thread now rather than on its first match. */
  public void prepare() {
    compiled.get();
  }

  @SuppressWarnings("unchecked")
  private CompiledRules compile() {
    Env env = TokenSequencePattern.getNewEnv();
    List<SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>> rules = new ArrayList<>();
    CoreMapExpressionExtractor<MatchedExpression> extractor = new CoreMapExpressionExtractor<>(env) {
      @Override
      public void appendRules(List<SequenceMatchRules.Rule> parsed) {
        for (SequenceMatchRules.Rule r : parsed) {
          if (r instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> a) {
            rules.add((SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>) a);
          }
        }
        super.appendRules(parsed);
      }
    };
    for (String r : resources) {
      try (BufferedReader in = RuleSource.open(r)) {
        new TokenSequenceParser().updateExpressionExtractor(extractor, in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read rules " + r, e);
      } catch (Exception e) {
        throw new IllegalStateException("cannot parse rules " + r + ": " + e.getMessage(), e);
      }
    }
    // our rules set no tags; without this every call walks all token annotations to remove them
    extractor.keepTemporaryTags();
    return new CompiledRules(env, extractor, rules, !anchoredVariables, gate.requiredByRule(), !actions);
  }

  /** All rule matches in one run of tokens (typically a paragraph), in text order. */
  public List<RuleMatch> match(List<CoreLabel> tokens) {
    CompiledRules c = compiled.get();
    List<RuleMatch> out = new ArrayList<>();
    if (gate.mayMatchIn(tokens)) {
      CompiledRules.Masks all = gate.usesRuleWords() ? c.masks(tokens, 0, tokens.size()) : null;
      for (int[] w : gate.windows(tokens, i -> all.use(i) != 0)) {
        CompiledRules.Masks masks = all != null ? all : c.masks(tokens, w[0], w[1]);
        for (MatchedExpression m : c.match(tokens, w[0], w[1], masks)) {
          out.add(RuleMatch.of(m));
        }
      }
    }
    if (verify) {
      List<RuleMatch> whole = c.whole(tokens).stream().map(RuleMatch::of).toList();
      if (!whole.equals(out)) {
        throw new IllegalStateException("rules " + resource() + " gated by " + gate + " changed the matches: whole "
            + whole + ", gated " + out + ", tokens " + tokens.stream().map(CoreLabel::word).toList());
      }
    }
    return out;
  }

  /** For tests: how many rules of the calling thread's compilation run as scans, and with known starts. */
  int[] scanned() {
    return compiled.get().scanned();
  }

  /** The last (most specific) rules resource. */
  public String resource() {
    return resources.get(resources.size() - 1);
  }
}
