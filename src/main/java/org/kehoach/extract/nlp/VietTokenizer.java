package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.kehoach.text.Fold;

/**
 * Splits Vietnamese administrative text into tokens for TokensRegex, as a small state machine rather than
 * regular expressions. CoreNLP's English tokenizer mangles Vietnamese numbers ("550/100.000" becomes
 * "550/100" + ".000") and splits sentences at every abbreviation dot, so we tokenise ourselves:
 *
 * <ul>
 *   <li>a word is a run of letters and digits starting with a letter ("trẻ", "UBND", "QĐ19");
 *   <li>a number is a run of digits with single inner dots or commas followed by a digit ("6,5",
 *       "100.000", "0988.100.744"); a trailing dot or comma is punctuation;
 *   <li>every other non-space character is a token of its own ("%", "/", "-", "&amp;").
 * </ul>
 *
 * Each token carries its text ({@code word}), its fold ({@code lemma}: no diacritics, lower case, so rules
 * can say {@code [{lemma:"dat"}]}), its {@link TokenShape} ({@code shape}) and its character offsets into
 * the text. Stateless and thread-safe.
 */
public final class VietTokenizer {
  /** Tokens of {@code text[from, to)}, with offsets relative to the whole text. */
  public List<CoreLabel> tokenize(String text, int from, int to) {
    return scan(text, from, to).labels();
  }

  public List<CoreLabel> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** The tokens of {@code text[from, to)} as offsets, to slice and turn into labels as needed. */
  public TextTokens tokens(String text, int from, int to) {
    return scan(text, from, to);
  }

  public TextTokens tokens(String text) {
    return scan(text, 0, text.length());
  }

  static TextTokens scan(String text, int from, int to) {
    // the scan reads every character, so it reads them from an array rather than through String.charAt
    char[] chars = new char[to - from];
    text.getChars(from, to, chars, 0);
    int length = chars.length;
    int capacity = Math.max(4, length / 3);
    int[] begins = new int[capacity];
    int[] ends = new int[capacity];
    byte[] shapes = new byte[capacity];
    int n = 0;
    int i = 0;
    while (i < length) {
      char c = chars[i];
      int cls = classOf(c);
      if ((cls & WHITESPACE) != 0) {
        i++;
        continue;
      }
      int j;
      TokenShape shape;
      if ((cls & LETTER) != 0) {
        j = i + 1;
        while (j < length && (classOf(chars[j]) & (LETTER | DIGIT | MARK)) != 0) {
          j++;
        }
        shape = TokenShape.WORD;
      } else if ((cls & DIGIT) != 0) {
        j = endOfNumber(chars, i);
        shape = TokenShape.NUMBER;
      } else {
        j = Character.isHighSurrogate(c) && i + 1 < length ? i + 2 : i + 1;
        shape = TokenShape.PUNCT;
      }
      if (n == begins.length) {
        begins = Arrays.copyOf(begins, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
        shapes = Arrays.copyOf(shapes, n * 2);
      }
      begins[n] = from + i;
      ends[n] = from + j;
      shapes[n] = (byte) shape.ordinal();
      n++;
      i = j;
    }
    return new TextTokens(text, from, to, begins, ends, shapes, n);
  }

  private static int endOfNumber(char[] chars, int start) {
    int j = start;
    while (j < chars.length) {
      char c = chars[j];
      if ((classOf(c) & DIGIT) != 0) {
        j++;
      } else if ((c == '.' || c == ',') && j + 1 < chars.length && (classOf(chars[j + 1]) & DIGIT) != 0) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * The fold of a token, as {@link Fold#fold} gives it. A token (never holding whitespace) made of precomposed
   * Latin letters, digits and ASCII signs ("Tỷ", "UBND", "2025", "QĐ19") decomposes letter by letter, so its
   * fold is the fold of each character in turn, looked up in {@link #FOLDED}; any other token goes through
   * {@link Fold} itself.
   */
  static String lemma(String word) {
    String l = lemma(word, 0, word.length());
    // a token that is its own fold ("2025", ",", "trong") keeps its word as its lemma: no copy of it
    return l == null ? word : l;
  }

  /**
   * The fold of the token {@code text[begin, end)}, as {@link #lemma(String)} gives it, read from the text
   * so a caller that needs only the fold never cuts the word out; null when the token is its own fold.
   */
  static String lemma(String text, int begin, int end) {
    char[] out = null;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      char f = c < FOLDED.length ? FOLDED[c] : 0;
      if (f == 0) {
        String fold = Fold.fold(text.substring(begin, end));
        return fold.contentEquals(text.subSequence(begin, end)) ? null : fold;
      }
      if (f != c && out == null) {
        out = new char[end - begin];
        text.getChars(begin, i, out, 0);
      }
      if (out != null) {
        out[i - begin] = f;
      }
    }
    return out == null ? null : new String(out);
  }

  /**
   * For each character below U+1F00, its fold when that is one ASCII character and the character is not
   * whitespace or a combining mark (which would fold with its neighbours), else 0: "ỷ" → 'y', "Đ" → 'd',
   * "A" → 'a', "5" → '5'.
   */
  private static final char[] FOLDED = foldTable();

  private static char[] foldTable() {
    char[] table = new char[0x1F00];
    for (char c = 1; c < table.length; c++) {
      String f = Fold.fold(String.valueOf(c));
      boolean alone = !Character.isWhitespace(c) && Character.getType(c) != Character.NON_SPACING_MARK
          && Character.getType(c) != Character.ENCLOSING_MARK && Character.getType(c) != Character.COMBINING_SPACING_MARK;
      if (alone && f.length() == 1 && f.charAt(0) > 0 && f.charAt(0) < 0x80) {
        table[c] = f.charAt(0);
      }
    }
    return table;
  }

  /** Character classes the tokenizer asks about; a character may be in several (none is both a letter and a digit). */
  static final int WHITESPACE = 1;
  static final int LETTER = 2;
  static final int DIGIT = 4;
  /** A non-spacing mark: a combining tone or vowel mark of a decomposed syllable (U+0309 in a decomposed "giỏi"). */
  static final int MARK = 8;
  /**
   * The classes of the characters below U+1F00 (Latin, Vietnamese precomposed letters, combining marks), so
   * the scan reads a table rather than Character's property lookups for nearly every character of a plan.
   */
  private static final byte[] CLASSES = classTable();

  private static byte[] classTable() {
    byte[] table = new byte[0x1F00];
    for (char c = 0; c < table.length; c++) {
      table[c] = (byte) classify(c);
    }
    return table;
  }

  /** The classes of {@code c}, as {@link Character} defines them. */
  static int classOf(char c) {
    return c < CLASSES.length ? CLASSES[c] : classify(c);
  }

  private static int classify(char c) {
    return (Character.isWhitespace(c) ? WHITESPACE : 0) | (Character.isLetter(c) ? LETTER : 0)
        | (Character.isDigit(c) ? DIGIT : 0) | (Character.getType(c) == Character.NON_SPACING_MARK ? MARK : 0);
  }
}
