package org.kehoach.extract.budgets;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.kehoach.extract.nlp.RuleMatch;
import org.kehoach.extract.nlp.TokenShape;
import org.kehoach.extract.value.VietNumbers;

/**
 * The lexical pieces the budget rules found, by kind and position: amounts (with their value), sources
 * (with the names they stand for) and cue words. Immutable.
 */
final class Pieces {
  static final String MONEY = "MONEY";
  static final String SOURCE = "SOURCE";
  static final String SOURCE_LEVELS = "SOURCE_LEVELS";
  static final String TARGET_CUE = "TARGET_CUE";
  static final String PARTS_CUE = "PARTS_CUE";
  static final String FUNDING_WORDS = "FUNDING_WORDS";
  /** Below this an amount without a scale word is not money ("05 đồng chí"). */
  private static final long MIN_PLAIN_AMOUNT = 1_000L;

  /** A piece {@code [start, end)}; {@code amount} for money, {@code names} for sources. */
  record Piece(String kind, int start, int end, long amount, List<String> names) {
    Piece {
      names = List.copyOf(names);
    }
  }

  private final List<Piece> pieces;

  private Pieces(List<Piece> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  static Pieces read(List<RuleMatch> matches, List<CoreLabel> tokens) {
    List<Piece> out = new ArrayList<>();
    for (RuleMatch m : matches) {
      String kind = m.kind();
      List<CoreLabel> in = tokensIn(tokens, m.charBegin(), m.charEnd());
      if (in.isEmpty()) {
        continue;
      }
      int start = in.get(0).beginPosition();
      switch (kind) {
        case MONEY -> money(in).ifPresent(out::add);
        case SOURCE_LEVELS -> out.add(new Piece(SOURCE, start, in.get(in.size() - 1).endPosition(), 0, levels(in)));
        case SOURCE -> out.add(new Piece(SOURCE, start, in.get(in.size() - 1).endPosition(), 0, List.of(text(in))));
        default -> out.add(new Piece(kind, start, in.get(in.size() - 1).endPosition(), 0, List.of()));
      }
    }
    return new Pieces(out);
  }

  List<Piece> money() {
    return within(MONEY, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Pieces of a kind lying inside {@code [from, to)}, in text order. */
  List<Piece> within(String kind, int from, int to) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : pieces) {
      if (p.kind().equals(kind) && p.start() >= from && p.end() <= to) {
        out.add(p);
      }
    }
    return out;
  }

  List<Piece> sources(int from, int to) {
    return within(SOURCE, from, to);
  }

  /** "684.000.000 đ", "1,5 tỷ đồng", "300 triệu ." (a trailing punctuation token is not part of it). */
  private static Optional<Piece> money(List<CoreLabel> in) {
    BigDecimal value = VietNumbers.parseDecimal(in.get(0).word());
    if (value == null) {
      return Optional.empty();
    }
    long scale = 1;
    int end = in.get(0).endPosition();
    for (CoreLabel t : in.subList(1, in.size())) {
      if (TokenShape.PUNCT.name().equals(t.get(CoreAnnotations.ShapeAnnotation.class))) {
        break;
      }
      OptionalLong s = VietNumbers.scale(t.word());
      if (s.isPresent()) {
        scale = s.getAsLong();
      }
      end = t.endPosition();
    }
    OptionalLong amount = VietNumbers.money(value, scale);
    if (amount.isEmpty() || (scale == 1 && amount.getAsLong() < MIN_PLAIN_AMOUNT)) {
      return Optional.empty();
    }
    return Optional.of(new Piece(MONEY, in.get(0).beginPosition(), end, amount.getAsLong(), List.of()));
  }

  /** "ngân sách Trung ương, Huyện, Tỉnh" → "ngân sách Trung ương", "ngân sách Huyện", "ngân sách Tỉnh". */
  private static List<String> levels(List<CoreLabel> in) {
    String head = text(in.subList(0, 2));
    List<String> out = new ArrayList<>();
    List<CoreLabel> current = new ArrayList<>();
    for (CoreLabel t : in) {
      if (t.word().equals(",") || t.lemma().equals("va")) {
        if (!current.isEmpty()) {
          out.add(out.isEmpty() ? text(current) : head + " " + text(current));
          current.clear();
        }
      } else {
        current.add(t);
      }
    }
    if (!current.isEmpty()) {
      out.add(out.isEmpty() ? text(current) : head + " " + text(current));
    }
    return out;
  }

  private static String text(List<CoreLabel> tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && tokens.get(i).beginPosition() > tokens.get(i - 1).endPosition()) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).word());
    }
    return sb.toString();
  }

  private static List<CoreLabel> tokensIn(List<CoreLabel> tokens, int start, int end) {
    List<CoreLabel> out = new ArrayList<>();
    for (CoreLabel t : tokens) {
      if (t.beginPosition() >= start && t.endPosition() <= end) {
        out.add(t);
      }
    }
    return out;
  }
}
