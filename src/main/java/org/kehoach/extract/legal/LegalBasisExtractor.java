package org.kehoach.extract.legal;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.kehoach.extract.nlp.PhraseLexicon;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.RuleGate;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.TokenShape;
import org.kehoach.extract.nlp.TokenTest;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.extract.value.VietDates;
import org.kehoach.model.LegalReference;
import org.kehoach.model.PageLocator;
import org.kehoach.text.Fold;

/**
 * Finds the documents cited in a plan's preamble: a document type from {@code document-types.txt}
 * ("Quyết định", "Thông tư liên tịch" …) followed by a number, with or without "số" ("Kế hoạch số
 * 56/KH - UBND", "Kế hoạch 10/KH-SLĐTBXH"), or "số" and a number alone.
 *
 * <p>Contract of {@link #extract}:
 *
 * <ul>
 *   <li>Reads only {@code text[from, to)}, which the caller sets to the preamble (between the title and the
 *       first section heading). Every citation in that range counts, including those nested in the
 *       description of another ("Kế hoạch số 252/… về triển khai Kế hoạch số 92/… về Nghị quyết số …").
 *   <li>A number needs digits and at least one code word ("56/KH-UBND", "26-NQ/TU"); a bare "Quyết định
 *       267" or a range "2011-2015" is not taken, as it cannot be told from a count or a period.
 *   <li>{@code number} has its spaces removed, en dashes made hyphens and OCR's "Ð" made "Đ" ("56/KH -
 *       UBND" → "56/KH-UBND");
 *       {@code type} is the canonical spelling from the list, or {@code null} when only "số" precedes;
 *       {@code date} is the ISO date written right after the number ("ngày 22 tháng 02 năm 2011", "ngày
 *       26/2/2021"), {@code null} when absent, incomplete or impossible ("31 tháng 02").
 *   <li>Each number is listed once (first occurrence), in text order; spans lie in {@code [from, to)}.
 * </ul>
 *
 * Thread-safe: the rule engine keeps one compiled extractor per thread.
 */
public final class LegalBasisExtractor {
  static final String NUMBER_RULES = NumberRules.RULES;
  static final String RULES = "org/kehoach/extract/legal/legal-basis.rules";
  static final String TYPES = "org/kehoach/extract/legal/document-types.txt";
  /** Tag the rules see on document-type tokens. */
  static final String DOCTYPE = "DOCTYPE";
  /**
   * Where the rules of {@code legal-basis.rules} can match: every rule ends with a document number, which
   * starts with a number and is a run of {@link NumberRules#NUMBER_PARTS}; before it stand type words
   * (tagged DOCTYPE), "số", a colon, and in one rule up to 10 words of a name before "số".
   */
  static final RuleGate GATE = RuleGate.around(NumberRules.NUMBER_PARTS, 0, 0)
      .orAround(TokenTest.ner(DOCTYPE), 0, 0)
      .orAround(TokenTest.lemma("so"), 10, 0)
      .requiring(TokenTest.shape(TokenShape.NUMBER));

  /** What may sit between a number and its date: ", ban hành ngày " or " ngày " (the words form has its own "ngày"). */
  private static final Pattern DATE_GAP = Pattern.compile("(?iu)\\s*,?\\s*(?:ban\\s+hành\\s+)?(?:ngày\\s*)?");
  /** How far after a number its date may start, in characters. */
  private static final int DATE_WINDOW = 64;

  private final VietTokenizer tokenizer = new VietTokenizer();
  private final RuleEngine rules;
  private final PhraseLexicon types;

  public LegalBasisExtractor() {
    this(new RuleEngine(List.of(NUMBER_RULES, RULES), GATE), PhraseLexicon.fromResource(TYPES));
  }

  LegalBasisExtractor(RuleEngine rules, PhraseLexicon types) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.types = Objects.requireNonNull(types, "types");
  }

  /** The documents cited in {@code text[from, to)}; see the class contract. */
  public List<LegalReference> extract(String text, int from, int to, PageLocator pages) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pages, "pages");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "range must satisfy 0 <= from <= to <= " + text.length() + ", got [" + from + ", " + to + ")");
    }
    return extract(tokenizer.tokens(text, from, to), pages);
  }

  /** The documents cited in a range given as its tokens (a slice of the document's {@link TextTokens}). */
  public List<LegalReference> extract(TextTokens range, PageLocator pages) {
    Objects.requireNonNull(pages, "pages");
    String text = range.text();
    int to = range.to();
    List<CoreLabel> tokens = range.labels();
    types.tag(tokens, DOCTYPE);
    List<LegalReference> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RuleMatch m : rules.match(tokens)) {
      List<String> result = m.result();
      String number = normaliseNumber(result.get(2));
      if (!seen.add(Fold.fold(number))) {
        continue;
      }
      VietDates.Found date = dateAfter(text, m.charEnd(), to);
      int end = date == null ? m.charEnd() : date.end();
      String iso = date != null && date.date().complete() ? date.date().iso() : null;
      out.add(new LegalReference(type(result.get(1)), number, iso, pages.span(m.charBegin(), end)));
    }
    return List.copyOf(out);
  }

  private String type(String written) {
    String t = written.strip();
    return t.isEmpty() ? null : types.canonical(t).orElse(t);
  }

  /** The date written right after a number, or {@code null}. */
  private static VietDates.Found dateAfter(String text, int numberEnd, int to) {
    int limit = Math.min(to, numberEnd + DATE_WINDOW);
    List<VietDates.Found> found = VietDates.find(text, numberEnd, limit);
    if (found.isEmpty()) {
      return null;
    }
    VietDates.Found first = found.get(0);
    boolean adjacent = DATE_GAP.matcher(text.substring(numberEnd, first.start())).matches();
    return adjacent && first.hasYear() ? first : null;
  }

  static String normaliseNumber(String written) {
    StringBuilder sb = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (c == '\u2013' || c == '\u2014') {
        sb.append('-');
      } else if (c == '\u00D0') {
        sb.append('\u0110'); // OCR reads "Đ" as the look-alike "Ð" (eth)
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
