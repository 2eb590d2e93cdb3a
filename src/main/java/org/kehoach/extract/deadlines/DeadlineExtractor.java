package org.kehoach.extract.deadlines;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.extract.legal.NumberRules;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.RuleGate;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.TokenTest;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.extract.value.PartialDate;
import org.kehoach.extract.value.VietDates;
import org.kehoach.model.Deadline;
import org.kehoach.model.PageLocator;

/**
 * Finds deadlines: dates something is due and the ends of stated windows.
 *
 * <p>Contract of {@link #extract}:
 *
 * <ul>
 *   <li>Reads only {@code text[from, to)}; the caller passes the body of the plan (after the preamble).
 *   <li>A date counts only when a rule in {@code deadlines.rules} says it is due: after "trước", "chậm
 *       nhất", "hạn chót", "thời hạn", "hoàn thành" ("trước ngày 10/5/2025"), as the end of a window ("từ
 *       ngày 01/6/2023 đến ngày 30/6/2023" gives only 2023-06-30; the start is not a deadline) or after
 *       "đến (hết) ngày" (not "tính đến ngày", a data cut-off). Every date of a list counts ("trước ngày
 *       10/5 và ngày 10/11").
 *   <li>Never a deadline: the date of a cited document (right after its number: "Quyết định
 *       2996/QĐ-UBND ngày 06/9/2021"), holidays and bare dates without a cue ("Ngày Quốc tế Thiếu nhi
 *       1/6"), quarters and months ("Quý II, IV năm 2025").
 *   <li>Day/month without a year takes {@code planYear} and sets {@code yearInferred}; it is dropped when
 *       {@code planYear} is {@code null}. Impossible dates ("31/02") are dropped.
 *   <li>{@code text} is the cue and date as written, {@code span} covers it; {@code what} is a short
 *       description of what is due taken from the same clause (from "báo cáo", "kế hoạch" … when present,
 *       else the clause's last words), or {@code null}.
 *   <li>Results are in text order; a date stated twice is listed twice (each with its own span).
 * </ul>
 *
 * Thread-safe: the rule engine keeps one compiled extractor per thread.
 */
public final class DeadlineExtractor {
  static final String NUMBER_RULES = NumberRules.RULES;
  static final String RULES = "org/kehoach/extract/deadlines/deadlines.rules";
  /** Tag the rules see on the tokens of a date. */
  static final String DATE = "DATE";
  // Results of the rules; see deadlines.rules.
  private static final String DUE = "DUE";
  private static final String WINDOW = "WINDOW";
  private static final String UNTIL = "UNTIL";
  private static final String CITED = "CITED";
  private static final String CUTOFF = "CUTOFF";
  private static final String HEAD = "HEAD";
  /** The first words of the HEAD nouns of {@code deadlines.rules}: "báo cáo", "kế hoạch", "hồ sơ" … */
  private static final List<String> HEAD_FIRST_WORDS = List.of("bao", "ke", "ho", "danh", "du", "de");
  static final Set<String> HEAD_WORDS = Set.copyOf(HEAD_FIRST_WORDS);
  private static final TokenTest HEAD_START = TokenTest.lemma(HEAD_FIRST_WORDS.toArray(String[]::new));
  /**
   * Where the rules of {@code deadlines.rules} can match. Every rule but HEAD ends with a date and puts at
   * most 10 tokens before a date of the match that are not part of a document number (DUE: a two-word cue,
   * two fillers, a time of day "17 giờ 30 phút ," and "ngày"; the same between two dates of a list), and a
   * document number is a run of {@link NumberRules#NUMBER_PARTS}; HEAD is two words starting with HEAD_START.
   * {@link DatedParagraph} cuts paragraphs where the runs this gate covers end: keep the two in step.
   */
  static final RuleGate GATE = RuleGate.around(TokenTest.ner(DATE), DatedParagraph.DATE_REACH, 0)
      .orAround(NumberRules.NUMBER_PARTS, 0, 0)
      .orAround(HEAD_START, 0, 1)
      .requiring(TokenTest.ner(DATE).or(HEAD_START))
      // rule by rule: each rule but HEAD ends with a date; what else each must hold, from its pattern
      .requiringIn("cited", TokenTest.ner(DATE))
      .requiringIn("cutoff", TokenTest.ner(DATE))
      .requiringIn("window", TokenTest.ner(DATE))
      .requiringIn("due", TokenTest.ner(DATE))
      .requiringIn("due", TokenTest.lemma("truoc", "cham", "muon", "han", "thoi", "hoan"))
      .requiringIn("named-limit", TokenTest.ner(DATE))
      .requiringIn("named-limit", TokenTest.lemma("han"))
      .requiringIn("until", TokenTest.ner(DATE))
      .requiringIn("head", HEAD_START)
      .requiringIn("head", TokenTest.lemma("cao", "hoach", "so", "sach", "toan", "xuat"));

  /** What joins the dates of one list, dropped from the later dates' text: ", ", " và ", "; hoặc ". */
  private static final Pattern LIST_JOINER = Pattern.compile("(?iu)(?:[\\s,;]|và\\s|hoặc\\s)+");

  private final VietTokenizer tokenizer = new VietTokenizer();
  private final RuleEngine rules;
  /** Match every paragraph that holds a date, not only those that can hold a deadline (for tests). */
  private final boolean everyParagraph;
  private final WhatFinder whatFinder = new WhatFinder();

  public DeadlineExtractor() {
    this(new RuleEngine(List.of(NUMBER_RULES, RULES), GATE));
  }

  DeadlineExtractor(RuleEngine rules) {
    this(rules, false);
  }

  DeadlineExtractor(RuleEngine rules, boolean everyParagraph) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.everyParagraph = everyParagraph;
  }

  /** The deadlines in {@code text[from, to)}; see the class contract. */
  public List<Deadline> extract(String text, int from, int to, Integer planYear, PageLocator pages) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pages, "pages");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "range must satisfy 0 <= from <= to <= " + text.length() + ", got [" + from + ", " + to + ")");
    }
    return extract(tokenizer.tokens(text, from, to), planYear, pages);
  }

  /** The deadlines in a range given as its tokens (a slice of the document's {@link TextTokens}). */
  public List<Deadline> extract(TextTokens range, Integer planYear, PageLocator pages) {
    Objects.requireNonNull(pages, "pages");
    String text = range.text();
    int from = range.from();
    int to = range.to();
    List<VietDates.Found> dates = VietDates.find(text, from, to);
    List<DatedParagraph> dated = new ArrayList<>();
    // The rules run only on paragraphs that hold a date: a body is long and most of it has none.
    // The dates are in order and do not overlap, so their ends are in order too: the first date starting
    // in a paragraph is the one that ends first, and the paragraph holds a whole date exactly when it does.
    int k = 0;
    for (int[] p : paragraphs(text, from, to)) {
      while (k < dates.size() && dates.get(k).start() < p[0]) {
        k++;
      }
      if (k < dates.size() && dates.get(k).end() <= p[1]) {
        TextTokens words = range.slice(p[0], p[1]);
        // a date before k may run over the blank line into this paragraph; none before it can
        dated.add(new DatedParagraph(words, dates.subList(Math.max(0, k - 1), dates.size())));
      }
    }
    // First the pieces with a date of the paragraphs that can hold a due date; the other pieces hold only
    // head nouns, which matter only in the clauses that describe those dates, so only the pieces such a
    // clause reaches are matched after.
    for (DatedParagraph p : dated) {
      if (everyParagraph) {
        p.matchWhole(rules);
      } else if (p.canHoldDeadline()) {
        p.matchDates(rules);
      }
    }
    // a citation or cut-off takes out only dates of its own paragraph, so these are the final due dates
    List<RuleMatch> first = concat(dated);
    List<int[]> clauses = clauseRanges(text, from, candidates(labels(dated), dates, first, excluded(dates, first)));
    for (DatedParagraph p : dated) {
      for (int[] c : clauses) {
        p.matchOverlapping(rules, c[0], c[1]);
      }
    }
    List<RuleMatch> matches = concat(dated);
    List<Interval<Integer>> heads = new ArrayList<>();
    for (RuleMatch m : matches) {
      if (m.kind().equals(HEAD)) {
        heads.add(Interval.toInterval(m.charBegin(), m.charEnd()));
      }
    }
    List<Candidate> candidates = candidates(labels(dated), dates, matches, excluded(dates, matches));
    return deadlines(text, from, planYear, pages, candidates, heads);
  }

  /** {@code [reach, cue start]} of each due date: where {@link WhatFinder} looks for its description. */
  private List<int[]> clauseRanges(String text, int from, List<Candidate> candidates) {
    List<int[]> out = new ArrayList<>();
    int previousEnd = from;
    for (Candidate c : candidates) {
      int start = firstNonSeparator(text, c.start(), c.date().start());
      out.add(new int[] {whatFinder.reach(text, start, Math.max(from, previousEnd)), start});
      previousEnd = c.date().end();
    }
    return out;
  }

  /** The matches found so far, in text order. */
  private static List<RuleMatch> concat(List<DatedParagraph> dated) {
    List<RuleMatch> out = new ArrayList<>();
    for (DatedParagraph p : dated) {
      out.addAll(p.found());
    }
    return out;
  }

  /**
   * The tokens the rules ran on, in text order: every match lies in them, and a match's own tokens are all
   * {@link #untilStart} needs.
   */
  private static List<CoreLabel> labels(List<DatedParagraph> dated) {
    List<CoreLabel> out = new ArrayList<>();
    for (DatedParagraph p : dated) {
      out.addAll(p.labels());
    }
    return out;
  }

  /** The dates of citations and data cut-offs: never deadlines. */
  private static Set<VietDates.Found> excluded(List<VietDates.Found> dates, List<RuleMatch> matches) {
    Set<VietDates.Found> out = new HashSet<>();
    for (RuleMatch m : matches) {
      if (m.kind().equals(CITED) || m.kind().equals(CUTOFF)) {
        out.addAll(within(dates, m));
      }
    }
    return out;
  }

  /** The due dates the rules found, minus citation and cut-off dates, in text order. */
  private static List<Candidate> candidates(List<CoreLabel> tokens, List<VietDates.Found> dates,
      List<RuleMatch> matches, Set<VietDates.Found> excluded) {
    List<Candidate> out = new ArrayList<>();
    for (int id = 0; id < matches.size(); id++) {
      RuleMatch m = matches.get(id);
      String kind = m.kind();
      List<VietDates.Found> in = within(dates, m);
      if (in.isEmpty() || !(kind.equals(DUE) || kind.equals(WINDOW) || kind.equals(UNTIL))) {
        continue;
      }
      int start = kind.equals(UNTIL) ? untilStart(tokens, m) : m.charBegin();
      // a window gives only its end; a list of due dates gives each
      List<VietDates.Found> due = kind.equals(DUE) ? in : in.subList(in.size() - 1, in.size());
      for (VietDates.Found d : due) {
        if (!excluded.contains(d)) {
          out.add(new Candidate(d, start, id));
        }
        start = d.end();
      }
    }
    out.sort(Comparator.comparingInt(c -> c.date().start()));
    return out;
  }

  private List<Deadline> deadlines(String text, int from, Integer planYear, PageLocator pages,
      List<Candidate> candidates, List<Interval<Integer>> heads) {
    List<Deadline> out = new ArrayList<>();
    int previousEnd = from;
    Candidate previous = null;
    String previousWhat = null;
    for (Candidate c : candidates) {
      int start = firstNonSeparator(text, c.start(), c.date().start());
      String what = whatFinder.what(text, start, Math.max(from, previousEnd), heads);
      if (what == null && previous != null && previous.match() == c.match()) {
        what = previousWhat; // the later dates of one list share the first one's description
      }
      String iso = iso(c.date(), planYear);
      if (iso != null) {
        out.add(new Deadline(iso, !c.date().hasYear(), text.substring(start, c.date().end()), what,
            pages.span(start, c.date().end())));
      }
      previousEnd = c.date().end();
      previous = c;
      previousWhat = what;
    }
    return List.copyOf(out);
  }

  /** A due date, where its text starts (the cue, or the end of the previous date of its list), its match. */
  private record Candidate(VietDates.Found date, int start, int match) {}

  /**
   * {@code [start, end)} of each paragraph of the range: text between blank lines ("\n\n", "\n  \n": two
   * newlines with only spaces, tabs and no-break spaces between them), cut where the regex {@code
   * \n[ \t\u00A0]*\n} finds them one after the other. Only the newlines are visited, found by {@link
   * String#indexOf(int, int)}, rather than trying the pattern at every character of a long body.
   */
  static List<int[]> paragraphs(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    int i = text.indexOf('\n', from);
    while (i >= 0 && i < to) {
      int j = i + 1;
      while (j < to && isBlank(text.charAt(j))) {
        j++;
      }
      if (j < to && text.charAt(j) == '\n') {
        out.add(new int[] {start, i});
        start = j + 1;
        i = text.indexOf('\n', start);
      } else {
        i = text.indexOf('\n', j); // no newline lies between i and j
      }
    }
    out.add(new int[] {start, to});
    return out;
  }

  /** What may stand between the two newlines of a blank line. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /** An "UNTIL" match starts one token before "đến"/"tới"; its text starts at that word. */
  private static int untilStart(List<CoreLabel> tokens, RuleMatch m) {
    for (CoreLabel t : tokens) {
      if (t.beginPosition() >= m.charBegin() && (t.lemma().equals("den") || t.lemma().equals("toi"))) {
        return t.beginPosition();
      }
    }
    return m.charBegin();
  }

  private static int firstNonSeparator(String text, int start, int limit) {
    Matcher m = LIST_JOINER.matcher(text).region(start, limit);
    return m.lookingAt() ? m.end() : start;
  }

  private static String iso(VietDates.Found f, Integer planYear) {
    PartialDate d = f.date();
    if (!f.hasYear()) {
      if (planYear == null) {
        return null;
      }
      d = new PartialDate(planYear, d.month(), d.day());
    }
    return d.complete() ? d.iso() : null;
  }

  private static List<VietDates.Found> within(List<VietDates.Found> dates, RuleMatch m) {
    List<VietDates.Found> in = new ArrayList<>();
    for (VietDates.Found d : dates) {
      if (d.start() >= m.charBegin() && d.end() <= m.charEnd()) {
        in.add(d);
      }
    }
    return in;
  }
}
