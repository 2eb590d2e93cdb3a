package org.kehoach.extract.deadlines;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.value.VietDates;

/**
 * A paragraph of the body that holds a date, as the deadline rules see it: its tokens, which of them lie
 * inside a date, and, once the rules have run on it, its CoreNLP tokens (those of a date tagged {@link
 * DeadlineExtractor#DATE}) and the matches. Whether the paragraph can hold a due date needs only the words
 * and where the dates are, so the CoreNLP tokens, which cost most of the tokenising, are built only for the
 * paragraphs the rules run on. Built per call of the extractor; not thread-safe.
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

  private final TextTokens words;
  /** Per token, whether it lies inside a date. */
  private final boolean[] inDate;
  private List<CoreLabel> labels;
  private List<RuleMatch> found;

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

  /** Runs {@code rules} on this paragraph's tokens, the tokens of its dates tagged. */
  void match(RuleEngine rules) {
    labels = words.labels();
    for (int i = 0; i < inDate.length; i++) {
      if (inDate[i]) {
        labels.get(i).setNER(DeadlineExtractor.DATE);
      }
    }
    found = rules.match(labels);
  }

  boolean matched() {
    return found != null;
  }

  /** The tokens the rules ran on; only once {@link #matched}. */
  List<CoreLabel> labels() {
    return labels;
  }

  /** The matches of the rules in text order; only once {@link #matched}. */
  List<RuleMatch> found() {
    return found;
  }

  /** Whether the paragraph's tokens overlap {@code [from, to)}. */
  boolean overlaps(int from, int to) {
    int n = words.size();
    return n > 0 && words.begin(0) < to && from < words.end(n - 1);
  }
}
