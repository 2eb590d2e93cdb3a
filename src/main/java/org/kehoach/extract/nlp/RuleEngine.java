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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A set of TokensRegex rules loaded from a classpath resource (e.g.
 * {@code org/kehoach/extract/targets.rules}). Rules match on the annotations {@link VietTokenizer} sets:
 * {@code word} (as written), {@code lemma} (folded: no diacritics, lower case) and {@code shape}
 * ({@link TokenShape}); they may tag tokens through {@code ner}, which a rules file binds with
 * {@code ner = { type: "CLASS", value: "edu.stanford.nlp.ling.CoreAnnotations$NamedEntityTagAnnotation" }}.
 *
 * <p>TokensRegex tries every rule at every token, so the engine narrows where it runs, without changing
 * what it finds: a {@link RuleGate} declared with the rules says which runs of tokens can hold a match, and
 * within them each rule runs only on the tokens it can use ({@link CompiledRules}). Rules with the sequence
 * anchors {@code ^} or {@code $} take no gate and run on whole sequences.
 *
 * <p>The compiled extractor is not documented as thread-safe, so each thread gets its own copy, built on
 * first use; the engine itself may be shared.
 */
public final class RuleEngine {
  private final List<String> resources;
  private final RuleGate gate;
  private final boolean verify;
  /** Whether a rules file uses the sequence anchors ^ or $: then the rules run on whole sequences only. */
  private final boolean anchored;
  private final ThreadLocal<CompiledRules> compiled;

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
    for (String r : this.resources) {
      anchors |= RuleSource.hasSequenceAnchor(RuleSource.read(r));
    }
    if (anchors && !gate.isEverywhere()) {
      throw new IllegalArgumentException("rules " + this.resources + " use ^ or $, so they cannot be gated by " + gate);
    }
    this.anchored = anchors;
    this.compiled = ThreadLocal.withInitial(this::compile);
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
    return new CompiledRules(env, extractor, rules, !anchored);
  }

  /** All rule matches in one run of tokens (typically a paragraph), in text order. */
  public List<RuleMatch> match(List<CoreLabel> tokens) {
    CompiledRules c = compiled.get();
    long[] all = gate.usesRuleWords() ? c.ruleMasks(tokens, 0, tokens.size()) : null;
    List<RuleMatch> out = new ArrayList<>();
    for (int[] w : gate.windows(tokens, i -> all[i] != 0)) {
      long[] masks = all != null ? Arrays.copyOfRange(all, w[0], w[1]) : c.ruleMasks(tokens, w[0], w[1]);
      for (MatchedExpression m : c.match(tokens, w[0], w[1], masks)) {
        out.add(RuleMatch.of(m));
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

  /** The last (most specific) rules resource. */
  public String resource() {
    return resources.get(resources.size() - 1);
  }

  /** Reading rules files and checking what a gate needs of them. */
  private static final class RuleSource {
    private RuleSource() {}

    static BufferedReader open(String resource) {
      InputStream in = RuleEngine.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalArgumentException("rules resource not found on the classpath: " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static String read(String resource) {
      StringBuilder sb = new StringBuilder();
      try (BufferedReader r = open(resource)) {
        String line;
        while ((line = r.readLine()) != null) {
          sb.append(line).append('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read rules " + resource, e);
      }
      return sb.toString();
    }

    /**
     * Whether a rules text uses {@code ^} or a lone {@code $} outside comments, strings and regexes: the
     * sequence anchors, which match differently on part of a sequence. "$NAME" and "$$name" are variables.
     */
    static boolean hasSequenceAnchor(String source) {
      int i = 0;
      int n = source.length();
      while (i < n) {
        char c = source.charAt(i);
        if (c == '#' && lineStart(source, i)) {
          i = skipTo(source, i, '\n');
        } else if (c == '"' || c == '/') {
          i = skipTo(source, i + 1, c);
        } else if (c == '^') {
          return true;
        } else if (c == '$') {
          int j = i + 1 < n && source.charAt(i + 1) == '$' ? i + 2 : i + 1;
          if (j >= n || !Character.isLetter(source.charAt(j)) && source.charAt(j) != '_') {
            return true;
          }
          i = j;
        } else {
          i++;
        }
      }
      return false;
    }

    private static boolean lineStart(String s, int i) {
      int j = i - 1;
      while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
        j--;
      }
      return j < 0 || s.charAt(j) == '\n';
    }

    /** The index after the next unescaped {@code end} from {@code i}. */
    private static int skipTo(String s, int i, char end) {
      int j = i;
      while (j < s.length() && s.charAt(j) != end) {
        j += s.charAt(j) == '\\' ? 2 : 1;
      }
      return j + 1;
    }
  }
}
