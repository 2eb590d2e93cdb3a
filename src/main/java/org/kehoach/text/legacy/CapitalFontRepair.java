package org.kehoach.text.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kehoach.text.VietnameseLetters;

/**
 * Restores capitals that TCVN3 cannot encode. VN3 has no toned capitals: headings were typed with the
 * lower-case codes and shown in the capital font .VnTimeH, so decoded text reads "HUYệN", "KT. CHủ TịCH".
 *
 * <p>Letters are sorted in three kinds: upper case; "toned" (a lower-case vowel with a tone mark, which may
 * stand for a lost capital); and plain lower case (every other lower-case letter, which TCVN3 could have
 * written as a capital, so it really is lower case). A word with a toned letter and no plain lower-case
 * letter is upper-cased whole when
 *
 * <ul>
 *   <li>it has two upper-case letters, or one that is not its first letter ("HUYệN", "ủY"), or
 *   <li>it has at most an initial capital ("Kế", "ở") and the nearest decisive words on its line are all
 *       words of the first kind ("Kế HOạCH" → "KẾ HOẠCH"). A word is decisive when it has a plain lower-case
 *       letter or is of the first kind, so title case "Xã Hội" stays, and an acronym without tone marks
 *       ("Sở LĐTBXH") decides nothing.
 * </ul>
 *
 * A word starting with a toned letter at the start of a sentence (after . ! ?, a blank line, or a list
 * item's marker at the start of a line) gets a capital first letter ("2020. ủy ban" → "2020. Ủy ban",
 * "- ủy ban" → "- Ủy ban"): sentences and list items begin with a capital in Vietnamese official
 * text. Ordinary lower-case words are never touched.
 */
final class CapitalFontRepair {
  private enum Kind {
    /** A word upper-cased by itself: proof of a capital-font run, decides "capitals" for its neighbours. */
    CAPS,
    /** Has a plain lower-case letter: decides "not capitals". */
    LOWER,
    /** Neither; a toned word of this kind waits for its neighbours. */
    UNDECIDED
  }

  private record Word(int start, int end, int upper, int toned, int plainLower, boolean lateCapital) {
    Kind kind() {
      if (plainLower > 0) {
        return Kind.LOWER;
      }
      return allCapsByItself() ? Kind.CAPS : Kind.UNDECIDED;
    }

    boolean allCapsByItself() {
      return toned > 0 && plainLower == 0 && (upper >= 2 || lateCapital);
    }
  }

  /** A list item's marker and nothing else before the word: "- ", "+ ", "• ", "a) ", "2) ", "b. ". */
  private static final Pattern ITEM_MARKER = Pattern.compile("\\s*(?:[-+•*–]|[0-9a-zđ]{1,2}[.)])\\s+");

  private CapitalFontRepair() {}

  /**
   * Repairs one line (no line breaks inside). {@code startsSentence} tells whether the line begins a sentence
   * (the previous line ended with . ! ? or was blank).
   */
  static String repairLine(String line, boolean startsSentence) {
    List<Word> words = words(line);
    if (words.isEmpty()) {
      return line;
    }
    StringBuilder sb = null;
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      if (word.toned() == 0) {
        continue;
      }
      boolean upperAll =
          word.allCapsByItself()
              || (word.plainLower() == 0 && neighboursAreCaps(words, w));
      boolean upperFirst =
          !upperAll
              && isToned(line.charAt(word.start()))
              && sentenceStartsAt(line, word.start(), startsSentence);
      if (upperAll || upperFirst) {
        if (sb == null) {
          sb = new StringBuilder(line);
        }
        int end = upperAll ? word.end() : word.start() + 1;
        for (int i = word.start(); i < end; i++) {
          sb.setCharAt(i, Character.toUpperCase(line.charAt(i)));
        }
      }
    }
    return sb == null ? line : sb.toString();
  }

  private static boolean neighboursAreCaps(List<Word> words, int w) {
    Kind before = decisive(words, w, -1);
    Kind after = decisive(words, w, +1);
    if (before == null && after == null) {
      return false;
    }
    return (before == null || before == Kind.CAPS) && (after == null || after == Kind.CAPS);
  }

  private static Kind decisive(List<Word> words, int from, int step) {
    for (int i = from + step; i >= 0 && i < words.size(); i += step) {
      Kind k = words.get(i).kind();
      if (k != Kind.UNDECIDED) {
        return k;
      }
    }
    return null;
  }

  /** Whether the text before {@code at} on this line is empty (and the line starts a sentence) or ends . ! ? */
  private static boolean sentenceStartsAt(String line, int at, boolean lineStartsSentence) {
    int i = at - 1;
    while (i >= 0 && (Character.isWhitespace(line.charAt(i)) || isOpening(line.charAt(i)))) {
      i--;
    }
    if (i < 0) {
      return lineStartsSentence;
    }
    char c = line.charAt(i);
    return ((c == '.' || c == '!' || c == '?') && i < at - 1) || ITEM_MARKER.matcher(line).region(0, at).matches();
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '(' || c == '\'' || c == '“' || c == '‘';
  }

  private static boolean isToned(char c) {
    return Character.isLowerCase(c) && VietnameseLetters.tone(c) > VietnameseLetters.LEVEL;
  }

  private static List<Word> words(String line) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      if (!Character.isLetter(line.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int upper = 0;
      int toned = 0;
      int plainLower = 0;
      boolean lateCapital = false;
      for (; i < line.length() && Character.isLetter(line.charAt(i)); i++) {
        char c = line.charAt(i);
        if (Character.isUpperCase(c)) {
          upper++;
          lateCapital |= i > start;
        } else if (isToned(c)) {
          toned++;
        } else {
          plainLower++;
        }
      }
      out.add(new Word(start, i, upper, toned, plainLower, lateCapital));
    }
    return out;
  }
}
