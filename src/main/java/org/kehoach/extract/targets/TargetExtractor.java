package org.kehoach.extract.targets;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.RuleGate;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.TokenShape;
import org.kehoach.extract.nlp.TokenTest;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.extract.targets.ClauseSplitter.Clause;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Span;
import org.kehoach.model.Target;
import org.kehoach.model.TargetUnit;

/**
 * Reads the numeric targets (chỉ tiêu) a plan commits to from a region of its text. Region-agnostic: the
 * pipeline decides where to look (the objectives section, "Mục tiêu" items); called on text without
 * targets it should return nothing.
 *
 * <p>Two TokensRegex rule files do the recognising: {@code values.rules} finds numbers with a unit
 * (percent, per 1,000, per 100,000, đồng, counts of people), {@code cues.rules} the words around them
 * (comparators, verbs, due years, lead-ins). This class only assembles: it cuts the region into clauses
 * ({@link ClauseSplitter}), hands each clause's values and cues to {@link TargetAssembler}, and turns the
 * drafts into {@link Target}s with the clause text, the resolved indicator and a span with its page.
 *
 * <p>Each target's {@code text} is its clause ("giảm tỷ suất tử vong trẻ sơ sinh xuống còn 6,5 trẻ/1.000
 * trẻ đẻ ra sống"), its {@code span} the value with the words bound to it ("xuống còn 6,5 trẻ/1.000"),
 * its {@code name} the indicator phrase read from the clause, its {@code year} the due year stated
 * ("vào năm 2030") or else the plan year. A value dated before the plan year is a reported result and is
 * left out.
 *
 * <p>Thread-safe when the resolver is: the rule engines compile one extractor per thread.
 */
public final class TargetExtractor {
  static final String VALUES_RULES = "org/kehoach/extract/targets/values.rules";
  static final String CUES_RULES = "org/kehoach/extract/targets/cues.rules";
  /**
   * Where the rules of {@code values.rules} can match: every rule starts with a number, or with "từ" and a
   * number, and runs at most 9 tokens past that first number ("từ 10 phần trăm xuống còn 5 phần trăm/năm",
   * "1 tỷ 200 triệu đồng/01 xã").
   */
  static final RuleGate VALUES_GATE = RuleGate.around(TokenTest.shape(TokenShape.NUMBER), 1, 9)
      // rule by rule, for the rules whose "any word" tokens would let them run everywhere: the base of a
      // rate, the currency of an amount, the slash of a ratio or frequency
      .requiringIn("per-1000", TokenTest.word("1000", "1.000"))
      .requiringIn("per-100000", TokenTest.word("100000", "100.000"))
      .requiringIn("money-words", TokenTest.annotation("norm", NormAnnotation.class, "đồng", "đ", "vnđ", "vnd"))
      .requiringIn("money-digits", TokenTest.annotation("norm", NormAnnotation.class, "đồng", "đ", "vnđ", "vnd"))
      .requiringIn("ratio", TokenTest.word("/"))
      .requiringIn("frequency", TokenTest.word("/"));
  /** Where the rules of {@code cues.rules} can match: they have no wildcard token, so only on rule words. */
  static final RuleGate CUES_GATE = RuleGate.ruleWords();

  /** Punctuation that opens a clause's content and stays in its text: "(≥ 95% …)", "“Chung tay …”". */
  private static final Set<String> OPENERS = Set.of("(", "[", "\"", "“", "‘", "'");

  private final IndicatorResolver resolver;
  private final VietTokenizer tokenizer = new VietTokenizer();
  private final RuleEngine values;
  private final RuleEngine cues;
  private final ClauseSplitter splitter = new ClauseSplitter();

  public TargetExtractor(IndicatorResolver resolver) {
    this(resolver, new RuleEngine(VALUES_RULES, VALUES_GATE), new RuleEngine(CUES_RULES, CUES_GATE));
  }

  /** An extractor with the given engines for {@code values.rules} and {@code cues.rules}. */
  TargetExtractor(IndicatorResolver resolver, RuleEngine values, RuleEngine cues) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.values = Objects.requireNonNull(values, "values");
    this.cues = Objects.requireNonNull(cues, "cues");
  }

  /**
   * The targets stated in {@code text[from, to)}, in text order.
   *
   * @param planYear the year of the plan, used when a target states no due year; may be {@code null}
   * @param pages where each offset came from, for the spans
   */
  public List<Target> extract(String text, int from, int to, Integer planYear, PageLocator pages) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pages, "pages");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "region [" + from + ", " + to + ") is not inside a text of length " + text.length());
    }
    return extract(tokenizer.tokens(text, from, to), planYear, pages);
  }

  /** The targets stated in a range given as its tokens (a slice of the document's {@link TextTokens}). */
  public List<Target> extract(TextTokens range, Integer planYear, PageLocator pages) {
    Objects.requireNonNull(pages, "pages");
    String text = range.text();
    List<CoreLabel> tokens = range.labels();
    NormAnnotation.annotate(tokens);
    List<Clause> clauses = splitter.split(text, tokens);
    List<List<Reading>> values = new ArrayList<>();
    List<Cue> found = new ArrayList<>();
    for (Clause c : clauses) {
      // rules run per clause: no value or cue crosses a clause end, and short runs keep TokensRegex fast
      List<Reading> r = readings(tokens, c);
      values.add(r);
      if (!r.isEmpty() || c.leadIn()) {
        found.addAll(cues(tokens, c, r));
      }
    }
    MarkedTokens marked = new MarkedTokens(text, tokens, found);
    return walk(clauses, values, marked, planYear, pages);
  }

  /** Assembles clause by clause, carrying lead-ins, fundraising and the last value from one to the next. */
  private List<Target> walk(List<Clause> clauses, List<List<Reading>> values, MarkedTokens marked,
      Integer planYear, PageLocator pages) {
    TargetAssembler assembler = new TargetAssembler(marked);
    List<Target> out = new ArrayList<>();
    LeadIn lead = LeadIn.NONE;
    boolean valuesSinceLead = false;
    boolean raised = false;
    TargetAssembler.Draft carried = null;
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      List<Reading> inClause = values.get(i);
      List<TargetAssembler.Draft> drafts =
          inClause.isEmpty() ? List.of() : assembler.assemble(c, inClause, lead, raised, carried);
      // most clauses give no target: their text is only read for those that do
      String clauseText = drafts.isEmpty() ? null : marked.textOf(skipBullets(marked, c), c.end());
      for (TargetAssembler.Draft d : drafts) {
        // a value dated before the plan ("năm 2022 đạt 85%") reports a result, it commits to nothing
        if (d.year() == null || planYear == null || d.year() >= planYear) {
          out.add(target(d, clauseText, marked, planYear, pages));
        }
      }
      carried = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      raised = drafts.stream().anyMatch(d -> d.reading().unit() == TargetUnit.VND);
      // a clause ending in ":" opens a lead-in, even one with values ("… đạt 300 triệu đồng, trong đó:")
      if (c.leadIn() || c.label()) {
        lead = LeadIn.after(c, valuesSinceLead ? LeadIn.NONE : lead, marked);
        valuesSinceLead = false;
      } else {
        valuesSinceLead |= !inClause.isEmpty();
      }
    }
    return List.copyOf(out);
  }

  private Target target(TargetAssembler.Draft d, String clauseText, MarkedTokens marked, Integer planYear,
      PageLocator pages) {
    String name = d.name().isBlank() ? clauseText : d.name();
    String indicator = resolver.resolve(name).orElse(null);
    Span span = pages.span(marked.charBegin(d.begin()), marked.charEnd(d.end() - 1));
    Integer year = d.year() != null ? d.year() : planYear;
    return new Target(indicator, name, clauseText, d.value(), d.valueMax(), d.reading().unit(), d.comparator(),
        d.direction(), year, span);
  }

  /** Value matches in clause {@code c}, with token indexes into the whole region. */
  private List<Reading> readings(List<CoreLabel> tokens, Clause c) {
    List<CoreLabel> part = tokens.subList(c.begin(), c.end());
    if (part.stream().noneMatch(Reading::isNumber)) {
      return List.of();
    }
    List<Reading> out = new ArrayList<>();
    for (RuleMatch m : values.match(part)) {
      int b = c.begin() + m.tokenBegin();
      Reading r = Reading.parse(result(m), b, c.begin() + m.tokenEnd(), tokens);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /** Cue matches in clause {@code c}, without those inside a value (the "trên" of "14 trên 1.000 trẻ"). */
  private List<Cue> cues(List<CoreLabel> tokens, Clause c, List<Reading> found) {
    List<Cue> out = new ArrayList<>();
    for (RuleMatch m : cues.match(tokens.subList(c.begin(), c.end()))) {
      int b = c.begin() + m.tokenBegin();
      int e = c.begin() + m.tokenEnd();
      if (found.stream().noneMatch(r -> b < r.end() && r.begin() < e)) {
        out.add(Cue.parse(result(m), b, e, tokens));
      }
    }
    return out;
  }

  /** The first token of a clause after its bullets ("- ", "+ "); brackets and quotes are kept. */
  private static int skipBullets(MarkedTokens marked, Clause c) {
    int i = c.begin();
    while (i < c.end() - 1 && marked.isPunct(i) && !OPENERS.contains(marked.word(i))) {
      i++;
    }
    return i;
  }

  private static String result(RuleMatch m) {
    if (m.result().size() != 1) {
      throw new IllegalStateException("a target rule must give one string result, got " + m.result() + " for " + m);
    }
    return m.kind();
  }
}
