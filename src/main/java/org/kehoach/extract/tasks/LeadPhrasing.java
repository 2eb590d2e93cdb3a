package org.kehoach.extract.tasks;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kehoach.extract.agencies.AgencyListParser;
import org.kehoach.extract.agencies.AgencyMention;
import org.kehoach.extract.agencies.ScannedText;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.RuleGate;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.TokenTest;

/**
 * Leads and partners written in running text, for tasks without labelled fields: "Giao Sở Lao động …
 * chủ trì, phối hợp với …", "Phòng GD&ĐT chủ trì, phối hợp với Phòng Y tế …". Known agency names are tagged
 * on the tokens, then the rules of {@code lead-phrasing.rules} find the lead and partner positions. A partner
 * counts only after a lead of the same sentence, so a bare "phối hợp với X" in a task gives nothing.
 * Thread-safe: the rule engine keeps one compiled extractor per thread.
 */
final class LeadPhrasing {
  static final String RULES = "org/kehoach/extract/tasks/lead-phrasing.rules";
  /**
   * Where the rules of {@code lead-phrasing.rules} can match: they have no wildcard token, so a match is made of
   * rule words (agency names, separators, "chủ trì", "giao" …) only; each holds an agency or group name
   * ($LIST) and one of "chủ trì", "giao", "phối hợp".
   */
  static final RuleGate GATE = RuleGate.ruleWords()
      .requiring(TokenTest.ner("AGENCY", "GROUP"))
      .requiring(TokenTest.lemma("chu", "giao", "phoi"));
  /** Words before "giao" that make it another verb: "bàn giao" (hand over), "trao giao", "chuyển giao". */
  private static final Set<String> NOT_ASSIGNING = Set.of("ban", "trao", "chuyen");
  /** Words that may open the clause of a subject lead: "giao", "do" (by). */
  private static final Set<String> SUBJECT_OPENERS = Set.of("giao", "cho", "do");
  /** Punctuation that opens a clause. */
  private static final String CLAUSE_BREAKS = ".;:,-\u2013+*(\u2022";
  /** How many tokens before "chủ trì" may hold the end of a subject's name: $AS ("là cơ quan") and one name token. */
  private static final int AS_TOKENS = 4;
  /** Characters that end a sentence when followed by whitespace. */
  private static final String SENTENCE_ENDS = ".!?";

  /** Names read as leads and as partners, in text order. */
  record Result(List<AgencyMention> leads, List<AgencyMention> partners) {
    static final Result NONE = new Result(List.of(), List.of());
  }

  private final AgencyListParser parser;
  private final RuleEngine rules;
  LeadPhrasing(AgencyListParser parser) {
    this(parser, new RuleEngine(RULES, GATE));
  }

  LeadPhrasing(AgencyListParser parser, RuleEngine rules) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  Result find(String text, int from, int to) {
    return find(parser.scan(text, from, to));
  }

  /** The leads and partners written in a range given as its tokens; scanned for names only if it may hold a lead. */
  Result find(TextTokens range) {
    return mayHoldLead(range) ? read(parser.scan(range)) : Result.NONE;
  }

  /** The leads and partners written in a scanned range. */
  Result find(ScannedText range) {
    return mayHoldLead(range.tokens()) ? read(range) : Result.NONE;
  }

  /** {@link #find} running the rules on every range holding a name, without the checks for leads: its reference. */
  Result findReadingAll(String text, int from, int to) {
    ScannedText range = parser.scan(text, from, to);
    List<AgencyMention> mentions = parser.mentions(range);
    return mentions.isEmpty() ? Result.NONE : match(range, mentions, taggedBy(range.tokens(), mentions));
  }

  /**
   * Whether a range may hold a lead: a GIAO match starts with "giao" and a SUBJECT_LEAD match holds "chủ trì"
   * (see {@code lead-phrasing.rules}), and partners count only in the sentence of a lead, so a range with
   * neither gives nothing.
   */
  private static boolean mayHoldLead(TextTokens t) {
    for (int i = 0; i < t.size(); i++) {
      String lemma = t.lemma(i);
      if (lemma.equals("giao") || lemma.equals("chu") && i + 1 < t.size() && t.lemma(i + 1).equals("tri")) {
        return true;
      }
    }
    return false;
  }

  private Result read(ScannedText range) {
    List<AgencyMention> mentions = parser.mentions(range);
    if (mentions.isEmpty()) {
      return Result.NONE;
    }
    AgencyMention[] taggedBy = taggedBy(range.tokens(), mentions);
    return mayMatchLead(range.tokens(), taggedBy) ? match(range, mentions, taggedBy) : Result.NONE;
  }

  /** The leads and partners the rules find in a scanned range, whose names hold the tokens as {@code taggedBy} says. */
  private Result match(ScannedText range, List<AgencyMention> mentions, AgencyMention[] taggedBy) {
    String text = range.tokens().text();
    int from = range.tokens().from();
    List<CoreLabel> tokens = range.tokens().labels();
    tag(tokens, taggedBy);
    List<RuleMatch> matches = rules.match(tokens);
    List<AgencyMention> leads = new ArrayList<>();
    List<Integer> leadSentences = new ArrayList<>();
    for (RuleMatch m : matches) {
      String kind = m.kind();
      int first = m.tokenBegin();
      boolean lead = kind.equals("GIAO") && assigns(tokens, first)
          || kind.equals("SUBJECT_LEAD") && opensClause(text, tokens, first);
      if (lead) {
        addInside(mentions, m, leads);
        leadSentences.add(sentenceStart(text, from, m.charBegin()));
      }
    }
    List<AgencyMention> partners = new ArrayList<>();
    for (RuleMatch m : matches) {
      String kind = m.kind();
      boolean partner = kind.equals("PARTNER")
          || kind.equals("SUBJECT_PARTNER") && opensClause(text, tokens, m.tokenBegin());
      if (partner && leadSentences.contains(sentenceStart(text, from, m.charBegin()))) {
        List<AgencyMention> found = new ArrayList<>();
        addInside(mentions, m, found);
        found.stream().filter(p -> leads.stream().noneMatch(l -> l.name().equals(p.name()))).forEach(partners::add);
      }
    }
    return new Result(List.copyOf(leads), List.copyOf(partners));
  }

  /**
   * Whether the rules may give anything once the names are tagged. Every result needs a lead match. A
   * SUBJECT_LEAD match has a name token within the {@value #AS_TOKENS} tokens before "chủ trì" ($AS, at most
   * three tokens, may stand between). A GIAO match is a "giao" that is no name's own ("Sở Giáo dục …" folds to
   * "giao"), an optional "cho", then name tokens and separators only, the first a name token.
   */
  private static boolean mayMatchLead(TextTokens t, AgencyMention[] taggedBy) {
    int n = t.size();
    for (int i = 0; i < n; i++) {
      String lemma = t.lemma(i);
      String next = i + 1 < n ? t.lemma(i + 1) : "";
      if (lemma.equals("giao") && taggedBy[i] == null) {
        for (int j = i + 1; j < n; j++) {
          if (taggedBy[j] != null) {
            return true;
          }
          boolean cho = j == i + 1 && next.equals("cho");
          if (!cho && !isSeparator(t, j)) {
            break;
          }
        }
      } else if (lemma.equals("chu") && next.equals("tri")) {
        for (int j = Math.max(0, i - AS_TOKENS); j < i; j++) {
          if (taggedBy[j] != null) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A token $SEP of {@code lead-phrasing.rules} may hold: ",", ";", "và", "cùng". */
  private static boolean isSeparator(TextTokens t, int i) {
    String w = t.word(i);
    String lemma = t.lemma(i);
    return w.equals(",") || w.equals(";") || lemma.equals("va") || lemma.equals("cung");
  }

  /** The mention holding each token, or null: the first mention ending after the token's start, if it holds it. */
  private static AgencyMention[] taggedBy(TextTokens t, List<AgencyMention> mentions) {
    AgencyMention[] out = new AgencyMention[t.size()];
    int k = 0;
    for (int i = 0; i < t.size(); i++) {
      int begin = t.begin(i);
      while (k < mentions.size() && mentions.get(k).end() <= begin) {
        k++;
      }
      out[i] = k < mentions.size() && mentions.get(k).start() <= begin ? mentions.get(k) : null;
    }
    return out;
  }

  /** Tags the tokens of names AGENCY or GROUP, the others O, for the rules. */
  private static void tag(List<CoreLabel> tokens, AgencyMention[] taggedBy) {
    for (int i = 0; i < tokens.size(); i++) {
      AgencyMention m = taggedBy[i];
      tokens.get(i).setNER(m == null ? "O" : m.kind() == AgencyMention.Kind.GROUP ? "GROUP" : "AGENCY");
    }
  }

  private static void addInside(List<AgencyMention> mentions, RuleMatch m, List<AgencyMention> out) {
    int start = m.charBegin();
    int end = m.charEnd();
    for (AgencyMention a : mentions) {
      if (a.start() >= start && a.end() <= end && out.stream().noneMatch(o -> o.name().equals(a.name()))) {
        out.add(a);
      }
    }
  }

  private static boolean assigns(List<CoreLabel> tokens, int first) {
    return first == 0 || !NOT_ASSIGNING.contains(tokens.get(first - 1).lemma());
  }

  /** Whether token {@code first} opens a clause: first in the range, after a line break or clause punctuation. */
  private static boolean opensClause(String text, List<CoreLabel> tokens, int first) {
    if (first == 0 || tokens.get(first).lemma().equals("do")) {
      return true; // "do Sở Y tế chủ trì" (led by) may stand anywhere
    }
    CoreLabel prev = tokens.get(first - 1);
    if (text.substring(prev.endPosition(), tokens.get(first).beginPosition()).indexOf('\n') >= 0) {
      return true;
    }
    String w = prev.word();
    return SUBJECT_OPENERS.contains(prev.lemma()) || w.length() == 1 && CLAUSE_BREAKS.indexOf(w.charAt(0)) >= 0;
  }

  /** The start of the sentence holding {@code offset}: after the last '.', '!' or '?' followed by whitespace. */
  private static int sentenceStart(String text, int from, int offset) {
    for (int i = offset - 1; i > from; i--) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i - 1)) >= 0 && Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return from;
  }
}
