package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Where in a run of tokens the rules of a file can match, so {@link RuleEngine} runs TokensRegex there only:
 * TokensRegex tries every rule at every token, which costs rules times tokens, while most tokens of a plan
 * can start no match. A gate states necessary conditions of a match, derived from the rules and declared
 * next to them by the extractor that owns the rules file:
 *
 * <ul>
 *   <li><b>cover</b>: every token of a match lies within {@code before} tokens before or {@code after} tokens
 *       after an <em>anchor</em> token ("every task label ends with a colon and is at most 13 tokens long":
 *       anchor {@code word::}, before 12, after 0), or is a token some rule accepts at all (the rule words,
 *       derived from the compiled rules: {@link #ruleWords()});
 *   <li><b>required</b>: every match holds a token each required test accepts ("every deadline holds a
 *       date or a head noun"); a test may hold for the matches of one named rule only ("every match of the
 *       rule named due-named-limit holds "hạn"").
 * </ul>
 *
 * The tokens so covered form runs, and no match crosses the end of a run; runs without a required token
 * are skipped. TokensRegex then runs on each run alone, which gives the matches it would find on the whole
 * sequence: a match depends only on its own tokens, each run holds whole matches, and matches of different
 * runs never overlap, so none can hide another. This holds only for rules without the sequence anchors
 * {@code ^} and {@code $}, which {@link RuleEngine} refuses to gate. A gate that drops a match is a
 * defect; each extractor's tests run its rules with and without the gate and compare.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleGate {
  /** One anchor test and how far a match may reach around an anchor. */
  private record Reach(TokenTest anchor, int before, int after) {}

  private static final RuleGate EVERYWHERE = new RuleGate(true, false, List.of(), List.of(), Map.of());

  private final boolean everywhere;
  private final boolean ruleWords;
  private final List<Reach> reaches;
  private final List<TokenTest> required;
  private final Map<String, List<TokenTest>> requiredByRule;

  private RuleGate(boolean everywhere, boolean ruleWords, List<Reach> reaches, List<TokenTest> required,
      Map<String, List<TokenTest>> requiredByRule) {
    this.everywhere = everywhere;
    this.ruleWords = ruleWords;
    this.reaches = List.copyOf(reaches);
    this.required = List.copyOf(required);
    this.requiredByRule = Map.copyOf(requiredByRule);
  }

  /** No gate: the rules run on the whole sequence. */
  public static RuleGate everywhere() {
    return EVERYWHERE;
  }

  /** Every token of a match lies at most {@code before} tokens before or {@code after} tokens after an anchor. */
  public static RuleGate around(TokenTest anchor, int before, int after) {
    return new RuleGate(false, false, List.of(), List.of(), Map.of()).orAround(anchor, before, after);
  }

  /**
   * Every token of a match is one some rule of the file accepts; which are is read from the compiled rules,
   * so the gate follows the rules file as it changes. Useful for files without wildcard tokens ({@code
   * [!{lemma:"x"}]} accepts almost any token).
   */
  public static RuleGate ruleWords() {
    return new RuleGate(false, true, List.of(), List.of(), Map.of());
  }

  /** This gate, with matches also allowed around another anchor. */
  public RuleGate orAround(TokenTest anchor, int before, int after) {
    requireGated();
    if (before < 0 || after < 0) {
      throw new IllegalArgumentException("reach must be >= 0, got before=" + before + ", after=" + after);
    }
    List<Reach> r = new ArrayList<>(reaches);
    r.add(new Reach(Objects.requireNonNull(anchor, "anchor"), before, after));
    return new RuleGate(false, ruleWords, r, required, requiredByRule);
  }

  /** This gate, with matches also required to hold a token {@code test} accepts. */
  public RuleGate requiring(TokenTest test) {
    requireGated();
    List<TokenTest> r = new ArrayList<>(required);
    r.add(Objects.requireNonNull(test, "test"));
    return new RuleGate(false, ruleWords, reaches, r, requiredByRule);
  }

  /**
   * This gate, with the matches of the rule named {@code rule} ({@code name: "…"} in the rules file) also
   * required to hold a token {@code test} accepts: that rule runs only on runs of tokens holding one. For
   * rules whose wildcard tokens would otherwise let them run almost everywhere.
   */
  public RuleGate requiringIn(String rule, TokenTest test) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(test, "test");
    Map<String, List<TokenTest>> r = new LinkedHashMap<>(requiredByRule);
    List<TokenTest> tests = new ArrayList<>(r.getOrDefault(rule, List.of()));
    tests.add(test);
    r.put(rule, List.copyOf(tests));
    return new RuleGate(everywhere, ruleWords, reaches, required, r);
  }

  /** The tests each match of the named rules must satisfy, by rule name. */
  Map<String, List<TokenTest>> requiredByRule() {
    return requiredByRule;
  }

  boolean isEverywhere() {
    return everywhere;
  }

  boolean usesRuleWords() {
    return ruleWords;
  }

  /**
   * Whether {@code tokens} hold a token for each required test: every run {@link #windows} keeps lies in
   * them and holds one, so without one there is no run to look for, nor rule words to find.
   */
  boolean mayMatchIn(List<CoreLabel> tokens) {
    return TokenTest.eachAcceptsOne(required, tokens, 0, tokens.size());
  }

  /**
   * The runs {@code [begin, end)} of {@code tokens} that can hold a match, in order; {@code accepted} tells
   * by index the tokens some rule accepts (asked only by {@link #ruleWords()} gates).
   */
  List<int[]> windows(List<CoreLabel> tokens, IntPredicate accepted) {
    int n = tokens.size();
    if (n == 0) {
      return List.of();
    }
    if (everywhere) {
      return List.<int[]>of(new int[] {0, n});
    }
    // +1 where a reach starts, -1 one past where it ends: a token is covered where the running sum is > 0
    int[] delta = new int[n + 1];
    for (int i = 0; i < n; i++) {
      CoreLabel t = tokens.get(i);
      if (ruleWords && accepted.test(i)) {
        delta[i]++;
        delta[i + 1]--;
      }
      for (Reach r : reaches) {
        if (r.anchor().accepts(t)) {
          delta[Math.max(0, i - r.before())]++;
          delta[Math.min(n, i + r.after() + 1)]--;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = -1;
    for (int i = 0; i <= n; i++) {
      depth += delta[i];
      if (depth > 0 && start < 0) {
        start = i;
      } else if (depth <= 0 && start >= 0) {
        if (TokenTest.eachAcceptsOne(required, tokens, start, i)) {
          out.add(new int[] {start, i});
        }
        start = -1;
      }
    }
    return out;
  }

  private void requireGated() {
    if (everywhere) {
      throw new IllegalStateException("the everywhere gate takes no conditions");
    }
  }

  @Override
  public String toString() {
    if (everywhere && requiredByRule.isEmpty()) {
      return "everywhere";
    }
    List<String> parts = new ArrayList<>();
    if (ruleWords) {
      parts.add("rule words");
    }
    reaches.forEach(r -> parts.add("around " + r.anchor() + " (" + r.before() + " before, " + r.after() + " after)"));
    required.forEach(t -> parts.add("requiring " + t));
    requiredByRule.forEach((rule, tests) -> parts.add("rule " + rule + " requiring " + tests));
    return String.join("; ", parts);
  }
}
