package org.kehoach.extract.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.RuleGate;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.TextTokens;
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
  // The folds each rule of task-labels.rules cannot match without: "chủ trì"; "cơ quan", "đơn vị", "bộ phận";
  // "phối hợp"; "thời gian", "tiến độ"; "sản phẩm", "kết quả", "kinh phí", "ghi chú", "địa điểm" …
  private static final List<String> LEAD_WORDS = List.of("chu");
  private static final List<String> EXECUTOR_WORDS = List.of("co", "don", "bo");
  private static final List<String> PARTNER_WORDS = List.of("phoi");
  private static final List<String> TIMELINE_WORDS = List.of("thoi", "tien");
  private static final List<String> OTHER_WORDS = List.of("san", "ket", "kinh", "ghi", "dia", "doi", "hinh");
  /**
   * Where a label can be: every rule of {@code task-labels.rules} ends with its colon and is at most 13 tokens
   * long ("Cơ quan, đơn vị tham gia phối hợp thực hiện:", the longest the PARTNER rule allows: $ORGS 6,
   * "tham gia" 2, "phối hợp" 2, $DO 2, colon 1), so a label lies within the 12 tokens before a colon.
   */
  static final RuleGate GATE = RuleGate.around(TokenTest.word(":"), 12, 0)
      // rule by rule: the colon, and the words each label must hold
      .requiringIn("lead", TokenTest.word(":"))
      .requiringIn("lead", TokenTest.lemma(LEAD_WORDS.toArray(String[]::new)))
      .requiringIn("executor", TokenTest.word(":"))
      .requiringIn("executor", TokenTest.lemma(EXECUTOR_WORDS.toArray(String[]::new)))
      .requiringIn("partner", TokenTest.word(":"))
      .requiringIn("partner", TokenTest.lemma(PARTNER_WORDS.toArray(String[]::new)))
      .requiringIn("timeline", TokenTest.word(":"))
      .requiringIn("timeline", TokenTest.lemma(TIMELINE_WORDS.toArray(String[]::new)))
      .requiringIn("other", TokenTest.word(":"))
      .requiringIn("other", TokenTest.lemma(OTHER_WORDS.toArray(String[]::new)));
  /** Folds of which every label holds one (the union of the words the gate requires rule by rule). */
  private static final Set<String> LABEL_WORDS = Stream.of(LEAD_WORDS, EXECUTOR_WORDS, PARTNER_WORDS,
      TIMELINE_WORDS, OTHER_WORDS).flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
  /** How many whitespace-separated chunks before a colon's own may hold the start of its label. */
  private static final int CHUNKS_BEFORE = 12;
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

  /**
   * The labels in {@code text[from, to)}, in text order. Only the text before each colon is read: a label
   * ends with its colon and holds at most 13 tokens, and each whitespace-separated chunk holds at least one
   * token, so the {@value #CHUNKS_BEFORE} chunks before the chunk of a colon hold every label ending there.
   * A range starting after whitespace and ending after a colon gives the same tokens as the whole text there.
   */
  List<Label> find(String text, int from, int to) {
    return find(tokenizer.tokens(text, from, to), from, to);
  }

  /** {@link #find} in {@code doc.text()}, reading the tokens of {@code doc}, which covers the range. */
  List<Label> find(TextTokens doc, int from, int to) {
    String text = doc.text();
    List<Label> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int colon = text.indexOf(':', from); colon >= 0 && colon < to; colon = text.indexOf(':', colon + 1)) {
      int s = chunksBefore(text, from, colon);
      if (start >= 0 && s > end) {
        read(doc, from, start, end, out);
        start = -1;
      }
      start = start < 0 ? s : start;
      end = colon + 1;
    }
    if (start >= 0) {
      read(doc, from, start, end, out);
    }
    out.sort(Comparator.comparingInt(Label::start));
    return out;
  }

  /** The labels in {@code text[from, to)} read from all its tokens: what {@link #find} must give. */
  List<Label> findReadingAll(String text, int from, int to) {
    List<Label> out = new ArrayList<>();
    read(tokenizer.tokens(text, from, to), from, from, to, out);
    out.sort(Comparator.comparingInt(Label::start));
    return out;
  }

  /** Adds the labels of {@code text[start, end)} where a field can start, {@code from} being the range start. */
  private void read(TextTokens doc, int from, int start, int end, List<Label> out) {
    String text = doc.text();
    TextTokens chunk = doc.slice(start, end);
    if (!holdsLabelWord(chunk)) {
      return; // no rule can match: the engine would tokenise it for nothing
    }
    for (RuleMatch m : rules.match(chunk.labels())) {
      if (!m.result().isEmpty() && atFieldStart(text, from, m.charBegin())) {
        out.add(new Label(Field.valueOf(m.kind()), m.charBegin(), m.charEnd()));
      }
    }
  }

  private static boolean holdsLabelWord(TextTokens t) {
    for (int i = 0; i < t.size(); i++) {
      if (LABEL_WORDS.contains(t.lemma(i))) {
        return true;
      }
    }
    return false;
  }

  /** Where the {@value #CHUNKS_BEFORE} whitespace-separated chunks before the one holding {@code at} start. */
  private static int chunksBefore(String text, int from, int at) {
    int i = at;
    for (int chunk = 0; chunk <= CHUNKS_BEFORE; chunk++) {
      while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      if (chunk < CHUNKS_BEFORE) {
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
          i--;
        }
      }
    }
    return i;
  }

  private static boolean atFieldStart(String text, int from, int start) {
    int i = start - 1;
    while (i >= from && BULLETS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i < from || FIELD_BREAKS.indexOf(text.charAt(i)) >= 0;
  }
}
