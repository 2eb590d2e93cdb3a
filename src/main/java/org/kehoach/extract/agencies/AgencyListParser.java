package org.kehoach.extract.agencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kehoach.extract.agencies.AgencyMention.Kind;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.gazetteer.Agency;
import org.kehoach.gazetteer.AgencyGazetteer;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.gazetteer.PhraseMatch;

/**
 * Reads the lists of organisations plans write, in four positions:
 *
 * <ul>
 *   <li>{@link #field}: a labelled value that is nothing but a list ("Cơ quan chủ trì: Phòng Nội vụ, Đồn Công
 *       an Lý Sơn"); every piece is kept;
 *   <li>{@link #heading}: a heading before ':' or a short line ("6. Phòng Y tế, Trung tâm Y tế Huyện:"); empty
 *       unless it is a list of names and nothing else;
 *   <li>{@link #subject}: the names a sentence starts with ("Đề nghị Ủy ban MTTQ huyện, các tổ chức chính
 *       trị - xã hội đẩy mạnh …"); only names the gazetteer knows;
 *   <li>{@link #typedList}: bare names after a collective heading ("Các phòng, đơn vị: Giáo dục và Đào tạo;
 *       Tư pháp; …" read with "Phòng" before each).
 * </ul>
 *
 * <p>A list splits at ';' always, and at ',' or "và" only where a new name starts after it (a known agency,
 * "các …", or a head noun with a capitalised word) or, for ',', where a whole known name ends before it; so
 * "Phòng Văn hóa, Khoa học và Thông tin" and "Hội, đoàn thể huyện" stay whole. Known names come out under
 * their canonical gazetteer name; words after a name that only say where it is ("huyện", "Lý Sơn", "trực
 * thuộc") belong to its span. Immutable and thread-safe.
 */
public final class AgencyListParser {
  /** How far a typed list looks ahead for one name. */
  private static final int TYPED_LOOKAHEAD = 160;

  private final AgencyGazetteer gazetteer;
  private final AgencyWords words;
  private final ListGrammar grammar;
  private final VietTokenizer tokenizer = new VietTokenizer();

  public AgencyListParser(Gazetteers gazetteers) {
    this(Objects.requireNonNull(gazetteers, "gazetteers").agencies(), AgencyWords.standard());
  }

  AgencyListParser(AgencyGazetteer gazetteer, AgencyWords words) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.words = Objects.requireNonNull(words, "words");
    this.grammar = new ListGrammar(words);
  }

  /** Every piece of the list filling {@code text[from, to)}, in order; trailing punctuation is ignored. */
  public List<AgencyMention> field(String text, int from, int to) {
    return field(scan(text, from, to));
  }

  /** {@link #field} of a range already scanned. */
  public List<AgencyMention> field(ScannedText s) {
    List<AgencyMention> out = new ArrayList<>();
    for (int[] p : grammar.split(s, grammar.skipLeading(s, 0), s.size())) {
      int[] t = grammar.trim(s, p[0], p[1]);
      if (t[0] < t[1]) {
        out.add(grammar.piece(s, t[0], t[1]));
      }
    }
    return out;
  }

  /**
   * The names of a heading {@code text[from, to)} (before its ':' or a whole short line), or an empty list when
   * it is not a list of names: its first piece is not a name, or a known name runs on into other words.
   * Pieces after the first that are not names end the list.
   */
  public List<AgencyMention> heading(String text, int from, int to) {
    return heading(scan(text, from, to));
  }

  /** {@link #heading} of a range already scanned. */
  public List<AgencyMention> heading(ScannedText s) {
    List<AgencyMention> out = new ArrayList<>();
    for (int[] p : grammar.split(s, grammar.skipLeading(s, 0), s.size())) {
      int[] t = grammar.trim(s, p[0], p[1]);
      if (t[0] >= t[1]) {
        continue;
      }
      AgencyMention m = grammar.piece(s, t[0], t[1]);
      int known = grammar.knownStart(s, t[0], t[1]);
      if (known >= 0 && grammar.tailEnd(s, s.lastOf(known) + 1, t[1]) < t[1]) {
        return List.of(); // "Phòng Y tế chủ trì tổ chức …": a sentence, not a heading
      }
      boolean name = known >= 0 || m.kind() == Kind.NAMED
          || (m.kind() == Kind.GROUP && t[1] - t[0] <= ListGrammar.MAX_NAME_TOKENS);
      if (!name) {
        break;
      }
      out.add(m);
    }
    return out;
  }

  /**
   * The known names a sentence {@code text[from, to)} starts with (after a lead-in such as "Đề nghị"), joined by
   * ',', ';' or "và". When they hand duties to others ("UBND huyện giao Phòng Y tế …", "Ban Chỉ đạo yêu cầu
   * các xã …") the names after the verb are read instead; empty when there are none.
   */
  public List<AgencyMention> subject(String text, int from, int to) {
    ScannedText s = scan(text, from, to);
    List<AgencyMention> out = new ArrayList<>();
    int end = grammar.knownList(s, grammar.skipLeading(s, 0), out);
    int verb = out.isEmpty() ? 0 : words.delegatingAt(s, end, s.size());
    if (verb > 0) {
      out.clear();
      int after = grammar.knownList(s, grammar.skipLeading(s, end + verb), out);
      if (words.delegatingAt(s, after, s.size()) > 0) {
        out.clear();
      }
    }
    return out;
  }

  /**
   * Bare names after a collective heading, each looked up as written and then with {@code prefix} before it
   * ("Tư pháp" → Phòng Tư pháp); the list ends at the first piece that is neither.
   */
  public List<AgencyMention> typedList(String text, int from, int to, String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    ScannedText s = scan(text, from, to);
    List<AgencyMention> out = new ArrayList<>();
    int i = grammar.skipLeading(s, 0);
    while (i < s.size()) {
      int k = grammar.knownStart(s, i, s.size());
      Agency agency;
      int last;
      if (k >= 0) {
        agency = s.agencyAt(k, s.size());
        last = s.lastOf(k);
      } else {
        String virtual = prefix + " " + text.substring(s.begin(i), Math.min(to, s.begin(i) + TYPED_LOOKAHEAD));
        List<PhraseMatch<Agency>> found = gazetteer.findIn(virtual);
        if (found.isEmpty() || found.get(0).start() != 0 || found.get(0).end() <= prefix.length() + 1) {
          break;
        }
        agency = found.get(0).first();
        int realEnd = s.begin(i) + found.get(0).end() - prefix.length() - 1;
        last = i;
        while (last + 1 < s.size() && s.end(last + 1) <= realEnd) {
          last++;
        }
      }
      int end = grammar.tailEnd(s, last + 1, s.size());
      out.add(grammar.known(s, agency, i, end));
      int j = grammar.skipSeparators(s, end, s.size());
      if (j == end || j >= s.size()) {
        break;
      }
      i = j;
    }
    return out;
  }

  /** The word to put before the bare names that follow a collective heading ("Các phòng, đơn vị" → "Phòng"). */
  public Optional<String> typePrefix(String text, AgencyMention group) {
    Objects.requireNonNull(group, "group");
    ScannedText s = scan(text, group.start(), group.end());
    if (group.kind() != Kind.GROUP || s.size() < 2 || !s.key(0).equals("các")) {
      return Optional.empty();
    }
    return words.groupTypeAt(s, 1, s.size());
  }

  /** Every known name in {@code text[from, to)} with the locality words after it, in text order. */
  public List<AgencyMention> mentions(String text, int from, int to) {
    return mentions(scan(text, from, to));
  }

  /** {@link #mentions} of a range already scanned. */
  public List<AgencyMention> mentions(ScannedText s) {
    List<AgencyMention> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Agency a = s.agencyAt(i, s.size());
      if (a == null) {
        i++;
        continue;
      }
      int end = grammar.tailEnd(s, s.lastOf(i) + 1, s.size());
      out.add(grammar.known(s, a, i, end));
      i = end;
    }
    return out;
  }

  /** The known names of {@code text[from, to)}, to read it once for several positions. */
  public ScannedText scan(String text, int from, int to) {
    Objects.requireNonNull(text, "text");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "range must satisfy 0 <= from <= to <= " + text.length() + ", got [" + from + ", " + to + ")");
    }
    return scan(tokenizer.tokens(text, from, to));
  }

  /**
   * The known names of a range given as its tokens (a slice of a document's {@link TextTokens}), to read it
   * once for several positions ({@link #mentions}, {@link #field}) and hand its tokens to rules.
   */
  public ScannedText scan(TextTokens range) {
    return new ScannedText(Objects.requireNonNull(range, "range"), gazetteer);
  }
}
