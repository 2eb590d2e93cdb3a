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
    /** Whether it holds a date or a head noun's first word: else the gate finds no match in it. */
    final boolean mayMatch;
    List<CoreLabel> labels;
    List<RuleMatch> found;

    Piece(int first, int last, boolean mayMatch) {
      this.first = first;
      this.last = last;
      this.mayMatch = mayMatch;
    }
  }

  private final TextTokens words;
  /** Per token, whether it lies inside a date. */
  private final boolean[] inDate;
  /** Per token, whether the gate covers it: 0 not asked yet, else {@link #COVERED} or {@link #BARE}. */
  private final byte[] cover;
  private static final byte COVERED = 1;
  private static final byte BARE = 2;
  /** The pieces the rules ran on, in text order. */
  private final List<Piece> matched = new ArrayList<>();

  /** {@code dates}: the dates in order, from the last one starting before the paragraph on. */
  DatedParagraph(TextTokens words, List<VietDates.Found> dates) {
    this.words = words;
    this.inDate = new boolean[words.size()];
    this.cover = new byte[words.size()];
    // only the tokens starting inside a date are visited: a paragraph is long and its dates are short. The
    // dates neither overlap nor run out of order, so a token starts inside at most one.
    for (VietDates.Found d : dates) {
      if (d.start() >= words.to()) {
        break;
      }
      for (int i = words.firstStartingAt(d.start()); i < inDate.length && words.begin(i) < d.end(); i++) {
        inDate[i] = words.end(i) <= d.end();
      }
    }
  }

  /**
   * The piece around covered token {@code t}. Coverage is read only this far: the words of a long paragraph
   * away from its dates and from the descriptions read are never looked at.
   */
  private Piece pieceAt(int t) {
    int first = t;
    while (first > 0 && covered(first - 1)) {
      first--;
    }
    int last = t + 1;
    while (last < cover.length && covered(last)) {
      last++;
    }
    boolean mayMatch = false;
    for (int i = first; i < last && !mayMatch; i++) {
      mayMatch = inDate[i] || isHeadStart(i);
    }
    return new Piece(first, last, mayMatch);
  }

  /** The matched piece holding token {@code t}, or null. */
  private Piece matchedAt(int t) {
    for (Piece p : matched) {
      if (p.first <= t && t < p.last) {
        return p;
      }
    }
    return null;
  }

  private boolean covered(int i) {
    if (cover[i] == 0) {
      boolean nearDate = false;
      for (int j = i; j < Math.min(cover.length, i + DATE_REACH + 1) && !nearDate; j++) {
        nearDate = inDate[j];
      }
      cover[i] = nearDate || isNumberPart(i) || isHeadStart(i) || i > 0 && isHeadStart(i - 1) ? COVERED : BARE;
    }
    return cover[i] == COVERED;
  }

  private boolean isHeadStart(int i) {
    return DeadlineExtractor.HEAD_WORDS.contains(words.lemma(i));
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
    // only the words just before a date are read: a paragraph is long and holds few dates
    int from = 0; // the words before it were read for an earlier date, and are too far from later ones
    for (int i = 0; i < inDate.length; i++) {
      if (!inDate[i]) {
        continue;
      }
      for (int j = Math.max(from, i - DUE_REACH); j < i; j++) {
        String lemma = words.lemma(j);
        if (DUE_START.contains(lemma) || i - j <= WINDOW_REACH && WINDOW_START.contains(lemma)) {
          return true;
        }
      }
      from = i;
    }
    return false;
  }

  /**
   * Runs {@code rules} on the pieces that hold a date and a cue of a due date: where every match giving a due
   * date lies. A piece with a date but no such cue can give only a citation or cut-off, which takes out only
   * dates of its own piece (none of them due), and head nouns, which matter only in the clauses {@link
   * #matchOverlapping} reads: so it is left to that.
   */
  void matchDates(RuleEngine rules) {
    int next = 0;
    for (int i = 0; i < inDate.length; i++) {
      if (inDate[i] && i >= next) {
        Piece p = matchedAt(i);
        if (p == null) {
          p = pieceAt(i); // a date token is covered
          if (holdsDueCue(p)) {
            match(p, rules);
          }
        }
        next = p.last;
      }
    }
  }

  /** Whether a token of {@code p} is the first word of the rules due, named-limit, window or until. */
  private boolean holdsDueCue(Piece p) {
    for (int i = p.first; i < p.last; i++) {
      String lemma = words.lemma(i);
      if (DUE_START.contains(lemma) || WINDOW_START.contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** Runs {@code rules} on the pieces not matched yet with a token overlapping the characters {@code [from, to)}. */
  void matchOverlapping(RuleEngine rules, int from, int to) {
    // the tokens ending at or before from are passed over: the first one ending after it is where to start
    for (int i = words.firstEndingAfter(from); i < cover.length && words.begin(i) < to; i++) {
      if (from < words.end(i) && matchedAt(i) == null && covered(i)) {
        Piece p = pieceAt(i);
        if (p.mayMatch) {
          match(p, rules);
        }
        i = p.last - 1;
      }
    }
  }

  /** Runs {@code rules} on the whole paragraph, as one piece, rather than piece by piece (for tests). */
  void matchWhole(RuleEngine rules) {
    matched.clear();
    if (cover.length > 0) {
      match(new Piece(0, cover.length, true), rules);
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
    int at = 0;
    while (at < matched.size() && matched.get(at).first < p.first) {
      at++;
    }
    matched.add(at, p);
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
    for (Piece p : matched) {
      out.addAll(part.apply(p));
    }
    return out;
  }
}
