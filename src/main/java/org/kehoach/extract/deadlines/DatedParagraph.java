package org.kehoach.extract.deadlines;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.TokenShape;
import org.kehoach.extract.value.VietDates;

/**
 * A paragraph of the body that holds a date, as the deadline rules see it: its tokens, which of them lie
 * inside a date, and the pieces the rules can match in, each with its CoreNLP tokens (those of a date tagged
 * {@link DeadlineExtractor#DATE}) and matches once the rules have run on it. Whether the paragraph can hold
 * a due date needs only the words and where the dates are, and the CoreNLP tokens, which cost most of the
 * tokenising, are built only for the pieces the rules run on.
 *
 * <p>A <em>piece</em> is a run of the tokens {@link DeadlineExtractor#GATE} covers: within {@value
 * #DATE_REACH} tokens before a date token, a part of a document number, a head noun's first word and the
 * token after it. The gate's runs are exactly these runs, and no match crosses the end of one, so the rules
 * find in a piece alone the matches they find there in the whole paragraph. Every rule but HEAD holds a
 * date, so a piece without one holds only head nouns, which matter only where a due date's description is
 * read. Built per call of the extractor; not thread-safe.
 */
final class DatedParagraph {
  /**
   * The first words of the rules due and named-limit, and how many tokens before the first date of a match
   * they stand at most: a two-word cue, five words of a named limit or two fillers and a time of day "17 giờ
   * 30 phút ,", and "ngày" ("Thời hạn nộp báo cáo tổng hợp năm: ngày 30/9").
   */
  private static final Set<String> DUE_START = Set.of("truoc", "cham", "muon", "han", "thoi", "hoan");
  private static final int DUE_REACH = 10;
  /** The first words of window ("từ ngày 15/3") and until ("đến hết ngày 30/6"): at most 3 tokens before it. */
  private static final Set<String> WINDOW_START = Set.of("tu", "den", "toi");
  private static final int WINDOW_REACH = 3;
  /** How far before a date token the gate covers: {@link DeadlineExtractor#GATE}'s reach around ner DATE. */
  static final int DATE_REACH = 10;

  /** A run of covered tokens {@code [first, last)}, and its tokens and matches once the rules ran on it. */
  private static final class Piece {
    final int first;
    final int last;
    final boolean holdsDate;
    /** Whether it holds a date or a head noun's first word: else the gate finds no match in it. */
    final boolean mayMatch;
    List<CoreLabel> labels;
    List<RuleMatch> found;

    Piece(int first, int last, boolean holdsDate, boolean mayMatch) {
      this.first = first;
      this.last = last;
      this.holdsDate = holdsDate;
      this.mayMatch = mayMatch;
    }
  }

  private final TextTokens words;
  /** Per token, whether it lies inside a date. */
  private final boolean[] inDate;
  /** Found when the rules first run on the paragraph. */
  private List<Piece> pieces;

  /** {@code dates}: the dates in order, from the last one starting before the paragraph on. */
  DatedParagraph(TextTokens words, List<VietDates.Found> dates) {
    this.words = words;
    this.inDate = new boolean[words.size()];
    int k = 0;
    for (int i = 0; i < words.size(); i++) {
      while (k < dates.size() && dates.get(k).end() <= words.begin(i)) {
        k++;
      }
      inDate[i] = k < dates.size() && dates.get(k).start() <= words.begin(i) && words.end(i) <= dates.get(k).end();
    }
  }

  /** The runs of tokens the gate covers, in order. */
  private List<Piece> pieces() {
    if (pieces != null) {
      return pieces;
    }
    int n = words.size();
    boolean[] head = new boolean[n];
    boolean[] covered = new boolean[n];
    int nextDate = Integer.MAX_VALUE; // the first date token at or after i
    for (int i = n - 1; i >= 0; i--) {
      if (inDate[i]) {
        nextDate = i;
      }
      head[i] = DeadlineExtractor.HEAD_WORDS.contains(words.lemma(i));
      covered[i] = nextDate - i <= DATE_REACH || isNumberPart(i) || head[i];
    }
    pieces = new ArrayList<>();
    int start = -1;
    boolean holdsDate = false;
    boolean holdsHead = false;
    for (int i = 0; i <= n; i++) {
      if (i < n && (covered[i] || i > 0 && head[i - 1])) {
        if (start < 0) {
          start = i;
          holdsDate = false;
          holdsHead = false;
        }
        holdsDate |= inDate[i];
        holdsHead |= head[i];
      } else if (start >= 0) {
        pieces.add(new Piece(start, i, holdsDate, holdsDate || holdsHead));
        start = -1;
      }
    }
    return pieces;
  }

  /** {@link org.kehoach.extract.legal.NumberRules#NUMBER_PARTS}: a number, a sign, or a capitalised word. */
  private boolean isNumberPart(int i) {
    return words.shape(i) != TokenShape.WORD || Character.isUpperCase(words.word(i).charAt(0));
  }

  /**
   * Whether a rule giving a due date (DUE, WINDOW, UNTIL) can match here: each starts with a cue word close
   * enough before a date. CITED and CUTOFF matches only take dates of their own paragraph out, so a
   * paragraph without such a cue gives no deadline.
   */
  boolean canHoldDeadline() {
    int lastDueCue = -DUE_REACH - 1;
    int lastWindowCue = -WINDOW_REACH - 1;
    for (int i = 0; i < words.size(); i++) {
      if (inDate[i] && (i - lastDueCue <= DUE_REACH || i - lastWindowCue <= WINDOW_REACH)) {
        return true;
      }
      String lemma = words.lemma(i);
      if (DUE_START.contains(lemma)) {
        lastDueCue = i;
      } else if (WINDOW_START.contains(lemma)) {
        lastWindowCue = i;
      }
    }
    return false;
  }

  /** Runs {@code rules} on the pieces that hold a date: where every match but a head noun lies. */
  void matchDates(RuleEngine rules) {
    for (Piece p : pieces()) {
      if (p.holdsDate && p.found == null) {
        match(p, rules);
      }
    }
  }

  /** Runs {@code rules} on the pieces not matched yet that overlap the characters {@code [from, to)}. */
  void matchOverlapping(RuleEngine rules, int from, int to) {
    for (Piece p : pieces()) {
      if (p.found == null && p.mayMatch && words.begin(p.first) < to && from < words.end(p.last - 1)) {
        match(p, rules);
      }
    }
  }

  /** Runs {@code rules} on the whole paragraph, as one piece, rather than piece by piece (for tests). */
  void matchWhole(RuleEngine rules) {
    pieces = new ArrayList<>();
    if (words.size() > 0) {
      Piece whole = new Piece(0, words.size(), true, true);
      pieces.add(whole);
      match(whole, rules);
    }
  }

  private void match(Piece p, RuleEngine rules) {
    TextTokens slice = words.slice(words.begin(p.first), words.end(p.last - 1));
    List<CoreLabel> labels = slice.labels();
    for (int i = 0; i < labels.size(); i++) {
      if (inDate[p.first + i]) {
        labels.get(i).setNER(DeadlineExtractor.DATE);
      }
    }
    p.labels = labels;
    p.found = rules.match(labels);
  }

  /** The tokens of the pieces the rules ran on, in text order. */
  List<CoreLabel> labels() {
    return ofMatched(p -> p.labels);
  }

  /** The matches of the pieces the rules ran on, in text order. */
  List<RuleMatch> found() {
    return ofMatched(p -> p.found);
  }

  private <T> List<T> ofMatched(Function<Piece, List<T>> part) {
    List<T> out = new ArrayList<>();
    for (Piece p : pieces == null ? List.<Piece>of() : pieces) {
      if (p.found != null) {
        out.addAll(part.apply(p));
      }
    }
    return out;
  }
}
