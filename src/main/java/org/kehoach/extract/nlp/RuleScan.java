package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Interval;
import java.util.List;

/**
 * One token rule with a constant result ({@code result: "DUE"}) run on a run of tokens for what the
 * extractor would make of its matches, without the extractor's work per match that a constant result
 * does not need.
 *
 * <p>For each match the extractor builds an annotation merging the matched tokens (text, offsets) and
 * evaluates the result by matching the rule a second time on the matched tokens alone, keeping the match
 * only when that second match covers them all. Here starts are taken non-overlapping and left to right as
 * TokensRegex's own search takes them, but only the tokens that can start a match (a start mask, {@link
 * RuleIndex}) are looked at, and the rule's {@link RuleAutomaton} says where matches from there end:
 * nowhere (the start is skipped), at one token (that is the match; the second match, over exactly the
 * tokens of the only path, cannot fail), or at several (TokensRegex picks one, and the second match is
 * run as the extractor runs it). Each match becomes a {@link MatchedExpression} with the offsets the
 * merged annotation would give (the first token's begin, the last token's end, token offsets a token
 * carries before the position) and the constant as value. Tokens are plain labels: one holding tokens of
 * its own would be merged differently. Not thread-safe: used by one thread's {@link CompiledRules}.
 */
final class RuleScan {
  private final TokenSequencePattern pattern;
  private final Expressions.PrimitiveValue<?> value;
  private final double priority;
  private final double weight;
  private final boolean matchWithResults;
  /** The rule's automaton, or null when unknown: then every start is tried. */
  private final RuleAutomaton automaton;

  private RuleScan(TokenSequencePattern pattern, Expressions.PrimitiveValue<?> value, double priority, double weight,
      boolean matchWithResults) {
    this.pattern = pattern;
    // token patterns answer the same with and without results only when results are not asked for
    this.automaton = matchWithResults ? null : RuleAutomaton.of(pattern);
    this.value = value;
    this.priority = priority;
    this.weight = weight;
    this.matchWithResults = matchWithResults;
  }

  /**
   * The scan of a rule the extractor runs as a plain token pattern (see {@link CompiledRules}), or null
   * when its result depends on the match (a group's text), it keeps a group other than the whole match, it
   * finds overlapping matches or writes its result onto tokens.
   */
  static RuleScan of(SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression> rule) {
    boolean constant = rule.result != null && rule.result.getClass() == Expressions.PrimitiveValue.class
        && ((Expressions.PrimitiveValue<?>) rule.result).get() != null;
    boolean plain = rule.matchedExpressionGroup == 0 && rule.tokensResultAnnotationField == null
        && (rule.matchFindType == null || rule.matchFindType == SequenceMatcher.FindType.FIND_NONOVERLAPPING);
    if (!constant || !plain || !(rule.pattern instanceof TokenSequencePattern p)) {
      return null;
    }
    return new RuleScan(p, (Expressions.PrimitiveValue<?>) rule.result, rule.priority, rule.weight,
        rule.matchWithResults);
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
    int next = from;
    for (int s = from; s < to; s++) {
      if (s < next || (starts[s - startsFrom] & bit) == 0) {
        continue;
      }
      int only = automaton == null ? RuleAutomaton.SEVERAL : automaton.end(tokens, s, to);
      if (only >= 0) {
        out.add(expression(tokens, s, only, from));
        next = only;
        continue;
      }
      if (only == RuleAutomaton.NONE) {
        continue;
      }
      if (m == null) {
        m = new Starting(pattern, tokens.subList(from, to));
        m.setMatchWithResult(matchWithResults);
      }
      if (m.findAt(s - from)) {
        int begin = from + m.start();
        int end = from + m.end();
        if (wholeSpanMatches(tokens, begin, end)) {
          out.add(expression(tokens, begin, end, from));
        }
        next = end;
      }
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
