package org.kehoach.extract.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.RuleGate;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.TokenTest;
import org.kehoach.extract.nlp.VietTokenizer;

/**
 * Finds the labelled fields of a task ("Cơ quan chủ trì:", "Thời gian thực hiện:") with the rules of
 * {@code task-labels.rules}, keeping only labels where a field can start: at the start of a line (after an
 * optional bullet) or after '.', ';', ',' or '('. Thread-safe: the rule engine keeps one compiled extractor
 * per thread.
 */
final class TaskLabels {
  static final String RULES = "org/kehoach/extract/tasks/task-labels.rules";
  /**
   * Where a label can be: every rule of {@code task-labels.rules} ends with its colon and is at most 13 tokens
   * long ("Cơ quan, đơn vị tham gia phối hợp thực hiện:", the longest the PARTNER rule allows: $ORGS 6,
   * "tham gia" 2, "phối hợp" 2, $DO 2, colon 1), so a label lies within the 12 tokens before a colon.
   */
  static final RuleGate GATE = RuleGate.around(TokenTest.word(":"), 12, 0);
  /** Characters that may stand between a line start and a label: bullets and indentation. */
  private static final String BULLETS = "-\u2013\u2014+*\u2022\u00B7\u25AA\u25CF\u25E6\uFFFD \t\u00A0";
  /** Characters after which a label may start within a line. */
  private static final String FIELD_BREAKS = "\n.;,(";

  /** What a label introduces. */
  enum Field { LEAD, EXECUTOR, PARTNER, TIMELINE, OTHER }

  /**
   * One label: what it introduces, where the label starts and where its value starts (after the colon).
   */
  record Label(Field field, int start, int valueStart) {}

  private final RuleEngine rules;
  private final VietTokenizer tokenizer = new VietTokenizer();

  TaskLabels() {
    this(new RuleEngine(RULES, GATE));
  }

  TaskLabels(RuleEngine rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The labels in {@code text[from, to)}, in text order. */
  List<Label> find(String text, int from, int to) {
    int colon = text.indexOf(':', from);
    if (colon < 0 || colon >= to) {
      return List.of(); // every label ends with a colon: no need to read the words
    }
    List<Label> out = new ArrayList<>();
    for (RuleMatch m : rules.match(tokenizer.tokenize(text, from, to))) {
      int start = m.charBegin();
      if (!m.result().isEmpty() && atFieldStart(text, from, start)) {
        out.add(new Label(Field.valueOf(m.kind()), start, m.charEnd()));
      }
    }
    out.sort(Comparator.comparingInt(Label::start));
    return out;
  }

  private static boolean atFieldStart(String text, int from, int start) {
    int i = start - 1;
    while (i >= from && BULLETS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i < from || FIELD_BREAKS.indexOf(text.charAt(i)) >= 0;
  }
}
