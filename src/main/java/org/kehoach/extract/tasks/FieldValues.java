package org.kehoach.extract.tasks;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.extract.agencies.AgencyListParser;
import org.kehoach.extract.agencies.AgencyMention;
import org.kehoach.extract.agencies.ScannedText;
import org.kehoach.extract.value.WhitespaceRuns;
import org.kehoach.extract.nlp.TextTokens;

/**
 * Reads the values of a task's fields, wherever they were found (a labelled line, a table cell): the
 * agencies of a lead or partner field and the timeline. Immutable and thread-safe.
 */
final class FieldValues {
  /** The end of a timeline's first sentence: "Thường xuyên trong năm. 3" (a page number) → "… năm". */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
  /** Punctuation and dashes dropped with spaces at the end of a value: "Quý II, IV năm 2025." → "Quý II, IV năm 2025". */
  private static final String TRAILING = ".,;:-\u2013\u2014";

  private final AgencyListParser parser;
  private final LeadPhrasing phrasing;

  FieldValues(AgencyListParser parser, LeadPhrasing phrasing) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.phrasing = Objects.requireNonNull(phrasing, "phrasing");
  }

  /**
   * Adds the names of a lead field {@code text[from, to)} of the document {@code doc}: a list ("Phòng Nội vụ, Đồn Công an Lý Sơn"), or
   * wording with partners in it ("Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo").
   */
  void lead(TextTokens doc, int from, int to, List<String> lead, List<String> partners) {
    ScannedText range = parser.scan(doc.slice(from, to));
    LeadPhrasing.Result phrased = phrasing.find(range);
    if (phrased.leads().isEmpty()) {
      addNames(lead, parser.field(range));
    } else {
      addNames(lead, phrased.leads());
      addNames(partners, phrased.partners());
    }
  }

  /** Adds the names of a partner field {@code text[from, to)}. */
  void partners(TextTokens doc, int from, int to, List<String> partners) {
    addNames(partners, parser.field(parser.scan(doc.slice(from, to))));
  }

  /** The first sentence of a timeline field, trailing punctuation dropped, or null when it is empty. */
  static String timeline(String text, int from, int to) {
    String value = WhitespaceRuns.collapse(text, from, to);
    Matcher m = SENTENCE_END.matcher(value);
    if (m.find()) {
      value = value.substring(0, m.start());
    }
    value = trimEnd(value);
    return value.isEmpty() ? null : value;
  }

  /** Adds each name once, trailing punctuation dropped. */
  static void addNames(List<String> names, List<AgencyMention> mentions) {
    for (AgencyMention m : mentions) {
      String name = trimEnd(m.name());
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
  }

  static String trimEnd(String value) {
    return WhitespaceRuns.trimEnd(value, TRAILING);
  }

  static String collapse(String s) {
    return WhitespaceRuns.collapse(s, 0, s.length());
  }
}
