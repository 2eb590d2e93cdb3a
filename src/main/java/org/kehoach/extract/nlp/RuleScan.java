package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Interval;
import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Function;

/**
 * One token rule run on a run of tokens for what the extractor would make of its matches, trying only the
 * tokens where a match can start, and without the extractor's work per match that a constant result does
 * not need.
 *
 * <p>TokensRegex's search tries every token of the run as a start in turn, each with a fresh search state.
 * Here starts are taken non-overlapping and left to right as that search takes them, but only the tokens
 * that can start a match (a start mask, {@link RuleIndex}) are looked at, and the rule's {@link
 * RuleAutomaton} says where matches from there end: nowhere (the start is skipped: TokensRegex finds no
 * match there either), at one token or at several. Where a match starts, TokensRegex's own search at that
 * start picks it, so the match is the one the whole search would reach there.
 *
 * <p>A rule with a constant result ({@code result: "DUE"}) skips more: for each match the extractor builds an
 * annotation merging the matched tokens (text, offsets) and evaluates the result by matching the rule a
 * second time on the matched tokens alone, keeping the match only when that second match covers them all.
 * Where the automaton tells where TokensRegex's match from a start ends (all matches end at one token, or
 * the longest of a greedy trailing run is the one it picks), that is the match (the second match, over
 * exactly the tokens of a path, cannot fail) and TokensRegex does not run at all; elsewhere TokensRegex
 * picks one and the second match is run as the extractor runs it. Each match becomes a {@link
 * MatchedExpression} with the offsets the merged annotation would give (the first token's begin, the last
 * token's end, token offsets a token carries before the position) and the constant as value. Tokens are
 * plain labels: one holding tokens of its own would be merged differently.
 *
 * <p>A rule whose result depends on the match ({@code ( "REF", $$num.text )}) becomes, at each match
 * TokensRegex picks, what the rule's own extraction makes of it: its expression extractor (read by
 * reflection, as the automaton is) applied to the match, then annotated as {@link CompiledRules} annotates
 * the matches of an extraction. Not thread-safe: used by one thread's {@link CompiledRules}.
 */
final class RuleScan {
  private final TokenSequencePattern pattern;
  private final Expressions.PrimitiveValue<?> value;
  private final double priority;
  private final double weight;
  private final boolean matchWithResults;
  /** The rule's automaton, or null when unknown: then every start is tried. */
  private final RuleAutomaton automaton;
  /** The rule's own expression extractor for a result that depends on the match, else null. */
  private final Function<SequenceMatchResult<CoreMap>, MatchedExpression> extractor;
  private final Env env;

  private RuleScan(TokenSequencePattern pattern, Expressions.PrimitiveValue<?> value, double priority, double weight,
      boolean matchWithResults, Function<SequenceMatchResult<CoreMap>, MatchedExpression> extractor, Env env) {
    this.pattern = pattern;
    // token patterns answer the same with and without results only when results are not asked for
    this.automaton = matchWithResults ? null : RuleAutomaton.of(pattern);
    this.value = value;
    this.priority = priority;
    this.weight = weight;
    this.matchWithResults = matchWithResults;
    this.extractor = extractor;
    this.env = env;
  }

  /**
   * The scan of a rule the extractor runs as a plain token pattern (see {@link CompiledRules}), or null
   * when its result depends on the match (a group's text), it keeps a group other than the whole match, it
   * finds overlapping matches or writes its result onto tokens.
   */
  static RuleScan of(SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression> rule) {
    boolean constant = rule.result != null && rule.result.getClass() == Expressions.PrimitiveValue.class
        && ((Expressions.PrimitiveValue<?>) rule.result).get() != null;
    if (!constant || !plain(rule) || !(rule.pattern instanceof TokenSequencePattern p)) {
      return null;
    }
    return new RuleScan(p, (Expressions.PrimitiveValue<?>) rule.result, rule.priority, rule.weight,
        rule.matchWithResults, null, null);
  }

  /**
   * The scan of any other rule the extractor runs as a plain token pattern, annotating its matches in
   * {@code env}, or null when its automaton or its expression extractor cannot be read (nothing to gain
   * over the rule's own extraction) or it keeps a group other than the whole match, finds overlapping
   * matches or writes its result onto tokens.
   */
  static RuleScan extracting(SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression> rule, Env env) {
    if (!plain(rule) || rule.matchWithResults || !(rule.pattern instanceof TokenSequencePattern p)) {
      return null;
    }
    Function<SequenceMatchResult<CoreMap>, MatchedExpression> extractor = expressionExtractor(rule);
    if (extractor == null) {
      return null;
    }
    RuleScan scan = new RuleScan(p, null, rule.priority, rule.weight, false, extractor, env);
    return scan.automaton == null ? null : scan;
  }

  /**
   * The function the rule's extraction turns each match into a {@link MatchedExpression} with (a {@link
   * SequenceMatchRules.SequenceMatchedExpressionExtractor} inside the rule's {@code CoreMapExtractRule} and
   * {@code SequencePatternExtractRule}), read by reflection, or null when the rule is built otherwise or it
   * cannot be read (another CoreNLP version).
   */
  @SuppressWarnings("unchecked")
  private static Function<SequenceMatchResult<CoreMap>, MatchedExpression> expressionExtractor(
      SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression> rule) {
    try {
      if (rule.extractRule == null || rule.extractRule.getClass() != SequenceMatchRules.CoreMapExtractRule.class) {
        return null;
      }
      Object sequenceRule = field(SequenceMatchRules.CoreMapExtractRule.class, "extractRule").get(rule.extractRule);
      if (sequenceRule == null || sequenceRule.getClass() != SequenceMatchRules.SequencePatternExtractRule.class
          || field(SequenceMatchRules.SequencePatternExtractRule.class, "pattern").get(sequenceRule) != rule.pattern) {
        return null;
      }
      Object extractor = field(SequenceMatchRules.SequencePatternExtractRule.class, "extractor").get(sequenceRule);
      return extractor != null && extractor.getClass() == SequenceMatchRules.SequenceMatchedExpressionExtractor.class
          ? (Function<SequenceMatchResult<CoreMap>, MatchedExpression>) extractor : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static boolean plain(SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression> rule) {
    return rule.matchedExpressionGroup == 0 && rule.tokensResultAnnotationField == null
        && (rule.matchFindType == null || rule.matchFindType == SequenceMatcher.FindType.FIND_NONOVERLAPPING);
  }

  /** The token patterns a match can start with, or null when unknown. */
  List<NodePattern<CoreMap>> starts() {
    return automaton == null ? null : automaton.starts();
  }

  /**
   * Adds the matches in {@code tokens[from, to)} to {@code out}, with token offsets into {@code tokens};
   * {@code starts[i - from] & bit} tells whether a match may start at token {@code i}.
   */
  void find(List<CoreLabel> tokens, int from, int to, long[] starts, int startsFrom, long bit,
      List<MatchedExpression> out) {
    Starting m = null;
    CoreMap run = null;
    int next = from;
    for (int s = from; s < to; s++) {
      if (s < next || (starts[s - startsFrom] & bit) == 0) {
        continue;
      }
      int only = automaton == null ? RuleAutomaton.SEVERAL : automaton.end(tokens, s, to);
      if (only == RuleAutomaton.NONE) {
        continue;
      }
      if (only >= 0 && extractor == null) {
        out.add(expression(tokens, s, only, from));
        next = only;
        continue;
      }
      if (m == null) {
        m = new Starting(pattern, tokens.subList(from, to));
        m.setMatchWithResult(matchWithResults);
      }
      if (!m.findAt(s - from)) {
        continue;
      }
      int begin = from + m.start();
      int end = from + m.end();
      if (extractor != null) {
        if (run == null) {
          run = CompiledRules.run(tokens, from, to);
        }
        CompiledRules.annotate(env, extractor.apply(m), run, from, out);
      } else if (wholeSpanMatches(tokens, begin, end)) {
        out.add(expression(tokens, begin, end, from));
      }
      next = end;
    }
  }

  /** The extractor's second match: the rule on the matched tokens alone must match them all. */
  private boolean wholeSpanMatches(List<CoreLabel> tokens, int begin, int end) {
    TokenSequenceMatcher whole = pattern.getMatcher(tokens.subList(begin, end));
    whole.setMatchWithResult(matchWithResults);
    return whole.matches();
  }

  /** The match {@code tokens[begin, end)} found in a run starting at {@code runStart}. */
  private MatchedExpression expression(List<CoreLabel> tokens, int begin, int end, int runStart) {
    CoreLabel first = tokens.get(begin);
    CoreLabel last = tokens.get(end - 1);
    // the merged annotation takes a token's own token offsets when it has them (relative to the run)
    Integer tokenBegin = first.get(CoreAnnotations.TokenBeginAnnotation.class);
    Integer tokenEnd = last.get(CoreAnnotations.TokenEndAnnotation.class);
    int shift = runStart;
    Interval<Integer> tokenOffsets = Interval.toInterval(tokenBegin == null ? begin : tokenBegin + shift,
        tokenEnd == null ? end : tokenEnd + shift, Interval.INTERVAL_OPEN_END);
    Interval<Integer> charOffsets = Interval.toInterval(first.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        last.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    // a NaN priority or weight of the rule is the pattern's, as the rule's matcher reports them
    MatchedExpression e = new MatchedExpression(charOffsets, tokenOffsets, null,
        Double.isNaN(priority) ? pattern.getPriority() : priority, Double.isNaN(weight) ? pattern.getWeight() : weight);
    e.value = value;
    return e;
  }

  /** A TokensRegex matcher that tries one start, as its search does at each start in turn. */
  private static final class Starting extends TokenSequenceMatcher {
    Starting(TokenSequencePattern pattern, List<? extends CoreMap> tokens) {
      super(pattern, tokens);
    }

    /** Whether a match starts at {@code start} (a pattern that can match nothing moves on as find does). */
    boolean findAt(int start) {
      return find(start, true);
    }
  }
}
