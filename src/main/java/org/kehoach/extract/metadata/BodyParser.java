package org.kehoach.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kehoach.model.Span;

/**
 * Reads the names of issuing bodies: from header issuer lines (a line opening with a body's words starts a
 * new body, any other line continues the one above, and the last body is the issuer), from the subject of
 * the sentence that builds the plan ("…, Ủy ban nhân dân tỉnh xây dựng kế hoạch …"), and from a unit named
 * in a title ("… tỉnh Hà Nam"). Immutable and thread-safe.
 */
final class BodyParser {
  /** At most this many syllables between a subject's opening words and its verb. */
  private static final int MAX_SUBJECT_TOKENS = 14;
  /** "kế hoạch" within this many syllables after the verb makes a subject the plan's builder. */
  private static final int PLAN_WORD_WINDOW = 8;

  private final BodyLexicon lexicon;

  BodyParser(BodyLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** {@code text[start, end)} read as a body's name, or {@code null} when it does not open with a body or unit word. */
  BodyPhrase parse(String text, int start, int end) {
    List<Word> toks = tokens(text, start, end);
    if (toks.isEmpty()) {
      return null;
    }
    WordTable.Hit<BodyLexicon.Opener> op = lexicon.opener(toks, 0);
    BodyKind kind;
    Tier openerTier;
    boolean named;
    int i;
    if (op != null && op.value().kind() != BodyKind.STOP) {
      kind = op.value().kind();
      openerTier = op.value().tier();
      named = op.value().named();
      i = op.length();
    } else {
      WordTable.Hit<Tier> u = lexicon.unitWord(toks, 0);
      if (u == null || u.value() == Tier.NONE) {
        return null;
      }
      kind = BodyKind.UNIT;
      openerTier = u.value();
      named = false;
      i = 0;
    }
    int nameEnd = toks.get(toks.size() - 1).end();
    for (int j = i; j < toks.size(); j++) {
      WordTable.Hit<Tier> u = lexicon.unitWord(toks, j);
      if (u == null) {
        continue;
      }
      if (u.value() == Tier.NONE) {
        j += u.length() - 1;
        continue;
      }
      int after = j + u.length();
      String name = NameText.nameRun(text, toks, after);
      if (name != null || kind.administrative()) {
        String unitWord = text.substring(toks.get(j).start(), toks.get(after - 1).end());
        return new BodyPhrase(NameText.collapse(text.substring(toks.get(0).start(), nameEnd)), toks.get(0).start(), nameEnd,
            kind, openerTier, named, j > i, u.value(), NameText.collapse(unitWord), name);
      }
      j += u.length() - 1;
    }
    return new BodyPhrase(NameText.collapse(text.substring(toks.get(0).start(), nameEnd)), toks.get(0).start(), nameEnd, kind,
        openerTier, named, i < toks.size(), null, null, null);
  }

  /** The bodies named by header issuer lines, top first; the issuer is the last. */
  List<BodyPhrase> headerBodies(String text, List<Span> lines) {
    List<BodyPhrase> out = new ArrayList<>();
    int curStart = -1;
    int curEnd = -1;
    for (Span line : lines) {
      int s = line.start();
      int e = NameText.cutMotto(text, s, line.end());
      if (e <= s) {
        continue;
      }
      BodyPhrase p = parse(text, s, e);
      boolean continues = curStart >= 0 && (p == null || (p.kind() == BodyKind.UNIT && opensOnly(text, curStart, curEnd)));
      if (continues) {
        curEnd = e;
      } else {
        flush(text, curStart, curEnd, out);
        curStart = s;
        curEnd = e;
      }
    }
    flush(text, curStart, curEnd, out);
    return List.copyOf(out);
  }

  /**
   * The body that the sentence building the plan names as its subject in {@code text[from, to)}: opening
   * words at a clause start, capitalised, then name words only, then a verb ("xây dựng", "ban hành" …).
   * A subject followed by "kế hoạch" soon after its verb wins over others, the last one first; else the
   * first other subject; {@code null} when none.
   */
  BodyPhrase subject(String text, int from, int to) {
    List<Word> toks = tokens(text, from, to);
    BodyPhrase strong = null;
    BodyPhrase weak = null;
    for (int i = 0; i < toks.size(); i++) {
      WordTable.Hit<BodyLexicon.Opener> op = lexicon.opener(toks, i);
      if (op == null || op.value().kind() == BodyKind.STOP) {
        continue;
      }
      Word first = toks.get(i);
      if (!Character.isUpperCase(text.charAt(first.start())) || !clauseStart(text, from, first.start())) {
        i += op.length() - 1;
        continue;
      }
      int verb = verbAfter(text, toks, i, i + op.length());
      if (verb < 0) {
        i += op.length() - 1;
        continue;
      }
      BodyPhrase p = parse(text, first.start(), toks.get(verb - 1).end());
      if (p != null && p.complete()) {
        if (planWordAfter(text, toks, verb)) {
          strong = p;
        } else if (weak == null) {
          weak = p;
        }
      }
      i = verb;
    }
    return strong != null ? strong : weak;
  }

  /** The last unit named in {@code text[from, to)} with a capitalised name ("… năm 2014 tỉnh Hà Nam"), or {@code null}. */
  BodyPhrase lastUnit(String text, int from, int to) {
    List<Word> toks = tokens(text, from, to);
    BodyPhrase last = null;
    for (int j = 0; j < toks.size(); j++) {
      WordTable.Hit<Tier> u = lexicon.unitWord(toks, j);
      if (u == null) {
        continue;
      }
      int after = j + u.length();
      int nameLast = u.value() == Tier.NONE ? -1 : NameText.nameLast(text, toks, after);
      if (nameLast >= 0) {
        int s = toks.get(j).start();
        int e = toks.get(nameLast).end();
        last = new BodyPhrase(NameText.collapse(text.substring(s, e)), s, e, BodyKind.UNIT, u.value(), false, false, u.value(),
            NameText.collapse(text.substring(s, toks.get(after - 1).end())),
            NameText.collapse(text.substring(toks.get(after).start(), e)));
      }
      j += u.length() - 1;
    }
    return last;
  }

  /** Index of the verb ending a subject that opens at {@code tokens[open]}, or -1 when name words do not lead to one. */
  private int verbAfter(String text, List<Word> toks, int open, int from) {
    for (int j = from; j < toks.size() && j - open <= MAX_SUBJECT_TOKENS; j++) {
      if (!joined(text, toks.get(j - 1).end(), toks.get(j).start())) {
        return -1;
      }
      if (lexicon.verb(toks, j) != null) {
        return j > from || lexicon.opener(toks, open).value().named() ? j : -1;
      }
      if (lexicon.isStopWord(toks.get(j))) {
        return -1;
      }
    }
    return -1;
  }

  private boolean planWordAfter(String text, List<Word> toks, int verb) {
    for (int j = verb + 1; j < toks.size() && j <= verb + PLAN_WORD_WINDOW; j++) {
      String gap = text.substring(toks.get(j - 1).end(), toks.get(j).start());
      if (gap.indexOf('.') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0
          || gap.indexOf('\n') != gap.lastIndexOf('\n')) {
        return false;
      }
      if (toks.get(j).key().equals("hoạch") && toks.get(j - 1).key().equals("kế")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether only spaces and joining marks stand between two name words; one line break is a hard wrap
   * ("Uỷ ban nhân dân tỉnh⏎xây dựng"), a blank line ends the paragraph.
   */
  private static boolean joined(String text, int from, int to) {
    int breaks = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        breaks++;
      } else if (!Character.isWhitespace(c) && c != '-' && c != '\u2013' && c != '&' && c != '/' && c != '.') {
        return false;
      }
    }
    return breaks <= 1;
  }

  /** Whether a clause may start at {@code pos}: after the range start, a line break or clause punctuation. */
  private static boolean clauseStart(String text, int from, int pos) {
    int k = pos - 1;
    while (k >= from && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    if (k < from) {
      return true;
    }
    char c = text.charAt(k);
    return c == '\n' || c == '.' || c == ',' || c == ';' || c == ':';
  }

  /** Whether {@code text[start, end)} is only the opening words of a committee, waiting for its unit ("ỦY BAN NHÂN DÂN"). */
  private boolean opensOnly(String text, int start, int end) {
    BodyPhrase p = parse(text, start, end);
    return p != null && (p.kind() == BodyKind.COUNCIL || p.kind() == BodyKind.PARTY) && !p.complete();
  }

  private void flush(String text, int start, int end, List<BodyPhrase> out) {
    if (start < 0) {
      return;
    }
    BodyPhrase p = parse(text, start, end);
    if (p != null) {
      out.add(p);
    }
  }

  private List<Word> tokens(String text, int start, int end) {
    return lexicon.words(text, start, end);
  }
}
