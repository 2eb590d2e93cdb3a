package org.kehoach.extract.budgets;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.extract.value.MoneyWords;
import org.kehoach.model.Budget;
import org.kehoach.model.PageLocator;
import org.kehoach.text.Fold;

/**
 * Finds funding statements: amounts allocated to carry out the plan or its parts, with their purposes
 * and sources, and statements that only name a source.
 *
 * <p>Contract of {@link #extract} and {@link #findings}:
 *
 * <ul>
 *   <li>Reads only {@code text[from, to)}; the caller passes the budget section (or a decision's budget
 *       article). Spans lie in that range.
 *   <li>An amount is digits with a currency ("684.000.000đ", "684.000.000 đồng", "1.250.000.000 VNĐ") or a
 *       scale word ("300 triệu đồng", "1,5 tỷ đồng", "Tổng: 300 triệu."). Amounts in words only, amounts
 *       under 1,000 đồng without a scale word ("05 đồng chí"), and rates ("500.000 đồng/người") are not.
 *   <li>A goal to reach ("Phấn đấu vận động Quỹ … đạt 300 triệu đồng") is a target, not a budget: it is
 *       dropped, and so are the amounts listed under it.
 *   <li>{@code purpose} is the label before the amount ("Dự án 1: Truyền thông, giáo dục …"), or
 *       {@code null} when the label only names the money or its source ("Tổng kinh phí", "Ngân sách Trung
 *       ương hỗ trợ …"), meaning the plan as a whole (or, for a part, its total's purpose).
 *   <li>{@code sources} are the sources named in the statement ("Ngân sách Trung ương"; "ngân sách Trung
 *       ương, Huyện, Tỉnh" gives three). A part without its own source takes its total's; a total without
 *       one takes the union of its parts'.
 *   <li>A statement with sources and no amount gives a budget with {@code amountVnd == null}.
 *   <li>Parts: after an amount followed by "trong đó", "bao gồm", "cụ thể" or a colon, the next amounts
 *       with the same list marker ("+", "-", "a)", or inline after ";") are its parts, until the marker
 *       changes or the parts add up to the total. They are returned as budgets too, and linked in
 *       {@link BudgetFindings#checks()}.
 * </ul>
 *
 * Thread-safe: the rule engine keeps one compiled extractor per thread.
 */
public final class BudgetExtractor {
  static final String RULES = "org/kehoach/extract/budgets/budgets.rules";

  /** The amount repeated in words right after the digits: " (Sáu trăm tám tư triệu đồng chẵn)". */
  private static final Pattern WORDS = Pattern.compile("\\s{0,3}\\(([^()\\n]{3,200})\\)");
  /** "Bằng chữ:" before an amount in words. */
  private static final Pattern IN_WORDS_PREFIX = Pattern.compile("(?iu)^\\s*bằng\\s+chữ\\s*:?\\s*");
  /** List markers and separators before a label: "+ ", "- ", "a) ", "1.2. ", ", ". */
  private static final Pattern LEADING = Pattern.compile("(?u)^(?:[\\s+\\-*•–,;:.]|\\d+(?:\\.\\d+)*[.)]|[a-zđ]\\))+");
  /** Ends of a label: " là", ":", " =", " -". */
  private static final Pattern TRAILING = Pattern.compile("(?iu)(?:[\\s:=,\\-–]|\\slà)+$");
  /** A run of whitespace, line breaks included. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** A heading before a colon: "KINH PHÍ THỰC HIỆN: Từ nguồn …" (no lower-case letter before the colon). */
  private static final Pattern HEADING = Pattern.compile("^[^\\p{Ll}:]{3,80}:");

  private final VietTokenizer tokenizer = new VietTokenizer();
  private final RuleEngine rules;

  public BudgetExtractor() {
    this(new RuleEngine(RULES)); // no gate: a MONEY rule ends with the sequence anchor $, so it runs whole
  }

  BudgetExtractor(RuleEngine rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The funding statements of {@code text[from, to)}; see the class contract. */
  public List<Budget> extract(String text, int from, int to, PageLocator pages) {
    return findings(text, from, to, pages).budgets();
  }

  /** The funding statements with the totals, parts and amounts in words a checker needs. */
  public BudgetFindings findings(String text, int from, int to, PageLocator pages) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pages, "pages");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "range must satisfy 0 <= from <= to <= " + text.length() + ", got [" + from + ", " + to + ")");
    }
    return findings(tokenizer.tokens(text, from, to), pages);
  }

  /** The findings of a range given as its tokens (a slice of the document's {@link TextTokens}). */
  public BudgetFindings findings(TextTokens range, PageLocator pages) {
    Objects.requireNonNull(pages, "pages");
    String text = range.text();
    int from = range.from();
    int to = range.to();
    List<CoreLabel> tokens = range.labels();
    Pieces pieces = Pieces.read(rules.match(tokens), tokens);
    Statements statements = Statements.of(text, from, to);
    List<Item> items = items(text, pieces, statements);
    BudgetGroups groups = BudgetGroups.of(items);

    List<Budget> budgets = new ArrayList<>();
    Budget[] byItem = new Budget[items.size()];
    for (int i = 0; i < items.size(); i++) {
      if (!groups.target(i)) {
        Item it = items.get(i);
        byItem[i] = new Budget(it.amount(), groups.purpose(i), groups.sources(i),
            text.substring(it.labelStart(), it.end()), pages.span(it.labelStart(), it.end()));
        budgets.add(byItem[i]);
      }
    }
    budgets.addAll(sourceOnly(text, pieces, statements, items, pages));
    budgets.sort(Comparator.comparingInt(b -> b.span().start()));
    return new BudgetFindings(budgets, checks(items, groups, byItem));
  }

  /** A check for each returned amount with parts or an amount in words. */
  private static List<BudgetCheck> checks(List<Item> items, BudgetGroups groups, Budget[] byItem) {
    List<BudgetCheck> checks = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      List<Integer> partIdx = groups.parts(i);
      if (byItem[i] == null || (partIdx.isEmpty() && it.wordsText() == null)) {
        continue;
      }
      List<Budget> parts = new ArrayList<>();
      long sum = 0;
      for (int p : partIdx) {
        // a part that is a fundraising goal was not returned as a budget, so it is no part of the check
        if (byItem[p] == null) {
          continue;
        }
        parts.add(byItem[p]);
        sum += items.get(p).amount();
      }
      checks.add(new BudgetCheck(byItem[i], parts, parts.isEmpty() ? null : sum, it.wordsText(), it.wordsAmount()));
    }
    return checks;
  }

  private List<Item> items(String text, Pieces pieces, Statements statements) {
    List<Item> out = new ArrayList<>();
    List<Pieces.Piece> money = pieces.money();
    int previousEnd = -1;
    for (int k = 0; k < money.size(); k++) {
      Pieces.Piece m = money.get(k);
      if (isRate(text, m.end(), statements.at(m.start()).end())) {
        continue;
      }
      Statements.Statement st = statements.at(m.start());
      int labelFrom = Math.max(st.start(), previousEnd);
      for (Pieces.Piece cue : pieces.within(Pieces.PARTS_CUE, labelFrom, m.start())) {
        labelFrom = cue.end();
      }
      int labelStart = skipLeading(text, labelFrom, m.start());
      InWords words = inWords(text, m.end(), st.end());
      String wordsText = words == null ? null : words.text();
      Long wordsAmount = words == null ? null : words.amount();
      int end = words == null ? m.end() : words.end();
      int nextStart = k + 1 < money.size() ? money.get(k + 1).start() : st.end();
      String marker = previousEnd > st.start() || !st.lineStart() || labelFrom > st.start()
          ? "INLINE" : marker(text, st.start(), m.start());
      out.add(new Item(labelStart, m.start(), end, m.amount(), wordsText, wordsAmount, marker,
          sources(pieces, labelStart, m.start(), end, Math.min(st.end(), nextStart)),
          purpose(text, pieces, labelStart, m.start()),
          !pieces.within(Pieces.TARGET_CUE, labelStart, m.start()).isEmpty(),
          opensParts(text, pieces, statements, st, end)));
      previousEnd = end;
    }
    return out;
  }

  /** An amount written out in words and where its closing parenthesis ends. */
  private record InWords(String text, long amount, int end) {}

  /** The amount in words in parentheses right after {@code [.., moneyEnd)}, or {@code null}. */
  private static InWords inWords(String text, int moneyEnd, int limit) {
    if (moneyEnd > limit) {
      return null; // an amount running past its statement's end ("1,5xã hội hóa … triệu"): nothing after it
    }
    Matcher w = WORDS.matcher(text).region(moneyEnd, limit);
    if (!w.lookingAt()) {
      return null;
    }
    String inside = IN_WORDS_PREFIX.matcher(w.group(1)).replaceFirst("").strip();
    OptionalLong amount = MoneyWords.parse(inside);
    return amount.isPresent() && namesMoney(inside) ? new InWords(inside, amount.getAsLong(), w.end()) : null;
  }

  /** Sources named in the label, or after the amount up to the next amount or a parts cue. */
  private static List<String> sources(Pieces pieces, int labelStart, int moneyStart, int end, int limit) {
    List<String> out = new ArrayList<>();
    for (Pieces.Piece s : pieces.sources(labelStart, moneyStart)) {
      out.addAll(s.names());
    }
    List<Pieces.Piece> cues = pieces.within(Pieces.PARTS_CUE, end, limit);
    int stop = cues.isEmpty() ? limit : cues.get(0).start();
    for (Pieces.Piece s : pieces.sources(end, stop)) {
      out.addAll(s.names());
    }
    return out.stream().distinct().toList();
  }

  private static String purpose(String text, Pieces pieces, int labelStart, int moneyStart) {
    int start = labelStart;
    for (Pieces.Piece f : pieces.within(Pieces.FUNDING_WORDS, labelStart, moneyStart)) {
      if (f.start() == start) {
        start = skipLeading(text, f.end(), moneyStart);
      }
    }
    for (Pieces.Piece s : pieces.sources(start, moneyStart)) {
      if (s.start() == start) {
        return null;
      }
    }
    String p = TRAILING.matcher(text.substring(start, moneyStart)).replaceFirst("").strip();
    return p.isEmpty() ? null : WHITESPACE.matcher(p).replaceAll(" "); // one line, even from wrapped text
  }

  /** The amount opens a list of parts: a parts cue or a final colon after it, or one opening the next statement. */
  private static boolean opensParts(String text, Pieces pieces, Statements statements, Statements.Statement st, int end) {
    int tailEnd = Math.max(end, st.end()); // an amount can run past its statement's end (see inWords)
    if (!pieces.within(Pieces.PARTS_CUE, end, tailEnd).isEmpty() || text.substring(end, tailEnd).strip().endsWith(":")) {
      return true;
    }
    Statements.Statement next = statements.next(st);
    if (next == null) {
      return false;
    }
    int first = skipLeading(text, next.start(), next.end());
    return pieces.within(Pieces.PARTS_CUE, next.start(), next.end()).stream().anyMatch(c -> c.start() == first);
  }

  /** Statements with a source and no amount: "Từ nguồn ngân sách Thành phố và các nguồn huy động hợp pháp khác". */
  private static List<Budget> sourceOnly(String text, Pieces pieces, Statements statements, List<Item> items, PageLocator pages) {
    List<Budget> out = new ArrayList<>();
    for (Statements.Statement st : statements.all()) {
      boolean hasAmount = items.stream().anyMatch(it -> it.moneyStart() >= st.start() && it.moneyStart() < st.end());
      List<String> names = new ArrayList<>();
      pieces.sources(st.start(), st.end()).forEach(s -> names.addAll(s.names()));
      if (hasAmount || names.isEmpty()) {
        continue;
      }
      int start = skipLeading(text, st.start(), st.end());
      Matcher h = HEADING.matcher(text).region(start, st.end());
      if (h.lookingAt() && h.end() <= pieces.sources(st.start(), st.end()).get(0).start()) {
        start = skipLeading(text, h.end(), st.end());
      }
      int end = st.end();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      out.add(new Budget(null, null, names.stream().distinct().toList(), text.substring(start, end), pages.span(start, end)));
    }
    return out;
  }

  private static boolean isRate(String text, int moneyEnd, int limit) {
    int i = moneyEnd;
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    return i < limit && text.charAt(i) == '/';
  }

  private static boolean namesMoney(String words) {
    String f = " " + Fold.fold(words).replaceAll("[^a-z]+", " ") + " ";
    return f.contains(" dong ") || f.contains(" trieu ") || f.contains(" ty ") || f.contains(" ti ")
        || f.contains(" nghin ") || f.contains(" ngan ") || f.contains(" tram ");
  }

  /** The kind of list item a statement opens: its bullet, "1." / "1.1." numbering, "a)", or plain text. */
  private static String marker(String text, int start, int limit) {
    int i = start;
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= limit) {
      return "TEXT";
    }
    char c = text.charAt(i);
    if ("+-*•–".indexOf(c) >= 0) {
      return String.valueOf(c);
    }
    Matcher m = LEADING.matcher(text).region(i, limit);
    if (m.lookingAt()) {
      String lead = text.substring(i, m.end()).strip();
      return Character.isDigit(c) ? "NUM" + lead.chars().filter(ch -> ch == '.').count() : lead.endsWith(")") ? "LETTER" : "TEXT";
    }
    return "TEXT";
  }

  private static int skipLeading(String text, int from, int limit) {
    Matcher m = LEADING.matcher(text).region(from, limit);
    return m.lookingAt() ? m.end() : from;
  }
}
