package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Interval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The rules of an engine compiled for one thread, run the way {@link CoreMapExpressionExtractor} runs them
 * but each rule only on the runs of tokens it can use ({@link RuleIndex}): TokensRegex tries every rule at
 * every token start, and most rules of a file can use only a few words of a plan.
 *
 * <p>A rule's matches are made of tokens it can use, so they lie inside those runs; a run without a token
 * for each pattern a rule must pass through first holds none. TokensRegex finds
 * on a run exactly the matches it finds there on the whole sequence (its states die on the first token
 * after the run, which no pattern of the rule accepts). The matches of all rules are then resolved as the
 * extractor resolves them — null values dropped, nested then overlapping matches removed by
 * priority, length and rule order ({@link MatchedExpression#removeNested}, {@link
 * MatchedExpression#removeOverlapping}) — and sorted. A rule whose automaton can be read runs through a {@link
 * RuleScan}: TokensRegex searches only at the tokens where one of its matches starts, and for a constant
 * result without the per-match annotation the extractor builds. Files the per-rule path does not cover (several
 * stages, composite or filter rules, more than {@link RuleIndex#MAX_RULES} rules) run through the
 * extractor itself. Not thread-safe.
 */
final class CompiledRules {
  private final Env env;
  private final CoreMapExpressionExtractor<MatchedExpression> extractor;
  /** The token rules in file order, or null when the file needs the whole extractor. */
  private final List<SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>> rules;
  private final RuleIndex index;
  /** Per rule, the token patterns every match of it passes through, or null when the file needs the extractor. */
  private final List<List<TokenTest>> required;
  /** Per rule, whether it uses a sequence anchor and so runs on the whole range it is given. */
  private final boolean[] anchored;
  /** Per rule, its scan, or null when it runs through the rule's own extraction. */
  private final RuleScan[] scans;

  /**
   * @param rules the extraction rules of the extractor, in file order
   * @param perRule whether rules may run on runs of tokens; false for files whose variables use the sequence
   *     anchors {@code ^} and {@code $}, which match differently on part of a sequence (a rule that uses them
   *     itself runs on the whole range)
   * @param scan whether rules with a constant result may run as a {@link RuleScan}; false for files with
   *     actions, which the scan would not run
   */
  CompiledRules(Env env, CoreMapExpressionExtractor<MatchedExpression> extractor,
      List<SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>> rules, boolean perRule,
      Map<String, List<TokenTest>> requiredByRule, boolean scan) {
    this.env = env;
    this.extractor = extractor;
    boolean simple = perRule && !rules.isEmpty() && rules.size() <= RuleIndex.MAX_RULES
        && rules.stream().allMatch(r -> isSimple(r, rules.get(0).stage));
    this.rules = simple ? List.copyOf(rules) : null;
    for (String name : requiredByRule.keySet()) {
      if (rules.stream().noneMatch(r -> name.equals(r.name))) {
        throw new IllegalArgumentException("the gate names rule '" + name + "', which the rules do not have");
      }
    }
    this.required = simple ? rules.stream().map(r -> required((TokenSequencePattern) r.pattern,
        r.name == null ? List.of() : requiredByRule.getOrDefault(r.name, List.of()))).toList() : null;
    this.anchored = new boolean[rules.size()];
    this.scans = new RuleScan[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      anchored[r] = rules.get(r).pattern instanceof TokenSequencePattern p
          && RuleSource.hasSequenceAnchor(String.valueOf(p.pattern()));
      scans[r] = simple && scan && env.getDefaultTokensAggregator() == null ? RuleScan.of(rules.get(r)) : null;
      if (scans[r] == null && simple && scan) {
        scans[r] = RuleScan.extracting(rules.get(r), env);
      }
      if (anchored[r] && scans[r] != null && scans[r].starts() == null) {
        scans[r] = null; // an anchor the automaton does not read (^): the rule's own extraction runs it
      }
    }
    List<List<NodePattern<CoreMap>>> starts = new ArrayList<>();
    for (int r = 0; simple && r < rules.size(); r++) {
      starts.add(scans[r] != null ? scans[r].starts() : extractedStarts(rules.get(r), anchored[r]));
    }
    this.index = new RuleIndex(simple ? rules.stream().map(r -> (TokenSequencePattern) r.pattern).toList() : List.of(),
        starts);
  }

  /**
   * What every match of a rule holds a token for, so a run without one for each holds no match: the tests
   * its gate declares for it by name, and the token patterns on the path every match takes from its start
   * up to the first place it may branch ("[!{lemma:"tinh"}] [{lemma:/den|toi/}]" of "[!{lemma:"tinh"}]
   * [{lemma:/den|toi/}] (?: … | … )").
   */
  private static List<TokenTest> required(TokenSequencePattern pattern, List<TokenTest> declared) {
    List<TokenTest> out = new ArrayList<>(declared);
    for (NodePattern<CoreMap> p : pattern.findNodePatterns(n -> n, false, false)) {
      out.add(new TokenTest(String.valueOf(p), p::match));
    }
    return List.copyOf(out);
  }

  /**
   * The token patterns a match of a rule run through its own extraction can start with, or null when
   * unknown: read from its automaton as for a scan, when it uses no anchor and asks for no results.
   */
  private static List<NodePattern<CoreMap>> extractedStarts(
      SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression> rule, boolean anchored) {
    if (anchored || rule.matchWithResults || !(rule.pattern instanceof TokenSequencePattern p)) {
      return null;
    }
    RuleAutomaton automaton = RuleAutomaton.of(p);
    return automaton == null ? null : automaton.starts();
  }

  private static boolean isSimple(SequenceMatchRules.AnnotationExtractRule<?, ?> r, int stage) {
    return r.active && !r.isComposite && r.stage == stage && r.pattern instanceof TokenSequencePattern
        && SequenceMatchRules.TOKEN_PATTERN_RULE_TYPE.equals(r.ruleType)
        && r.tokensAnnotationField == CoreAnnotations.TokensAnnotation.class
        && r.annotationField == CoreAnnotations.TokensAnnotation.class;
  }

  /** For tests: how many rules run as a {@link RuleScan}, and how many of those with a known automaton. */
  int[] scanned() {
    int scanned = 0;
    int started = 0;
    for (int r = 0; r < scans.length; r++) {
      if (scans[r] != null) {
        scanned++;
        started += index.startsKnown(r) ? 1 : 0;
      }
    }
    return new int[] {scanned, started};
  }

  /**
   * For each token of {@code tokens[from, to)}, the rules that can use it and the rules that can start a
   * match at it, as {@link RuleIndex#masks} gives them.
   */
  Masks masks(List<CoreLabel> tokens, int from, int to) {
    Masks m = new Masks(from, new long[to - from], new long[to - from]);
    if (rules == null) {
      Arrays.fill(m.uses(), -1L); // unknown: any rule may use any token
      Arrays.fill(m.starts(), -1L);
      return m;
    }
    index.masks(tokens, from, to, m.uses(), m.starts());
    return m;
  }

  /** Rule bit sets of the tokens from {@code from} on: which rules can use each, and start a match at it. */
  record Masks(int from, long[] uses, long[] starts) {
    long use(int i) {
      return uses[i - from];
    }
  }

  /**
   * The matches in {@code tokens[from, to)}, resolved and sorted as the extractor does, with token offsets
   * into {@code tokens}; {@code masks} cover that range.
   */
  List<MatchedExpression> match(List<CoreLabel> tokens, int from, int to, Masks masks) {
    if (rules == null) {
      List<MatchedExpression> out = new ArrayList<>();
      for (MatchedExpression m : whole(tokens.subList(from, to))) {
        out.add(from == 0 ? m : new Shifted(m, from));
      }
      return out;
    }
    List<MatchedExpression> found = new ArrayList<>();
    // the rules that can start a match somewhere in the range: the others have no run worth looking at
    long starting = 0;
    for (int i = from; i < to; i++) {
      starting |= masks.starts()[i - masks.from()];
    }
    for (int r = 0; r < rules.size(); r++) {
      if (anchored[r]) {
        // where the anchor holds depends on the whole range, so the rule runs on all of it
        if (scans[r] != null) {
          scans[r].find(tokens, from, to, masks.starts(), masks.from(), 1L << r, found);
        } else {
          extract(rules.get(r), tokens, from, to, found);
        }
        continue;
      }
      long bit = 1L << r;
      if ((starting & bit) == 0) {
        continue;
      }
      int i = from;
      while (i < to) {
        if ((masks.use(i) & bit) == 0) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < to && (masks.use(j) & bit) != 0) {
          j++;
        }
        if (!TokenTest.eachAcceptsOne(required.get(r), tokens, i, j)) {
          i = j;
          continue;
        }
        if (scans[r] != null) {
          scans[r].find(tokens, i, j, masks.starts(), masks.from(), bit, found);
        } else {
          // no match starts before the run's first possible start, so TokensRegex need not try there
          int s = i;
          while (s < j && (masks.starts()[s - masks.from()] & bit) == 0) {
            s++;
          }
          if (s < j) {
            extract(rules.get(r), tokens, s, j, found);
          }
        }
        i = j;
      }
    }
    found = MatchedExpression.removeNullValues(found);
    found = MatchedExpression.removeNested(found);
    found = MatchedExpression.removeOverlapping(found);
    found.sort(MatchedExpression.EXPR_TOKEN_OFFSETS_NESTED_FIRST_COMPARATOR);
    return found;
  }

  /** One rule's matches in {@code tokens[from, to)}, annotated as the extractor annotates them. */
  private void extract(SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression> rule,
      List<CoreLabel> tokens, int from, int to, List<MatchedExpression> out) {
    CoreMap run = run(tokens, from, to);
    List<MatchedExpression> got = new ArrayList<>();
    rule.extract(run, got);
    for (MatchedExpression m : got) {
      annotate(env, m, run, from, out);
    }
  }

  /** The annotation a rule's extraction runs on: the tokens {@code tokens[from, to)} alone. */
  static CoreMap run(List<CoreLabel> tokens, int from, int to) {
    CoreMap run = new ArrayCoreMap(1);
    run.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(from, to));
    return run;
  }

  /**
   * Annotates a match an extraction found in {@code run} as the extractor does (which evaluates its value) and
   * adds it to {@code out} unless that fails, with token offsets into the sequence {@code run} starts
   * {@code from} tokens into.
   */
  static void annotate(Env env, MatchedExpression m, CoreMap run, int from, List<MatchedExpression> out) {
    boolean ok = true;
    if (m.getAnnotation() == null) {
      try {
        ok = m.extractAnnotation(env, run);
      } catch (RuntimeException e) {
        ok = true; // the extractor keeps such a match too
      }
    }
    if (ok) {
      out.add(new Shifted(m, from));
    }
  }

  /** All matches of the whole extractor in {@code tokens}. */
  List<MatchedExpression> whole(List<CoreLabel> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return extractor.extractExpressions(sentence);
  }

  /** A match found in tokens that start {@code shift} tokens into a longer sequence, with offsets into it. */
  private static final class Shifted extends MatchedExpression {
    Shifted(MatchedExpression m, int shift) {
      super(m);
      Interval<Integer> t = m.getTokenOffsets();
      int flags = (t.includesBegin() ? 0 : Interval.INTERVAL_OPEN_BEGIN) | (t.includesEnd() ? 0 : Interval.INTERVAL_OPEN_END);
      this.tokenOffsets = Interval.toInterval(t.first() + shift, t.second() + shift, flags);
      this.chunkOffsets = this.tokenOffsets;
    }
  }
}
