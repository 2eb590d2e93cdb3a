package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kehoach.text.SyllableChecker;

/**
 * Drops isolated scan noise: short lines read from stamps, signatures and specks ("0 ĐC", "RÚC", "BÀT",
 * "P.T") that interrupt the text. A block of at most {@value #MAX_BLOCK_LINES} short lines (blank lines
 * between them allowed, short lines without any noise token trimmed from its ends, since they are more
 * likely a wrapped word such as "Thương"; runs of many short lines are tables and left alone) is judged
 * token by token: a token is a word when it is a Vietnamese syllable or a
 * known abbreviation, neutral when it holds digits or is a toneless capital abbreviation of three letters
 * or more, and noise otherwise. The block goes when it holds noise and either splits a sentence (the line
 * before does not end a clause and the line after starts in lower case), or is half noise with two noise
 * tokens at least, or is nothing but noise. Real short lines ("KẾ HOẠCH", "PHÓ CHỦ TỊCH", "Nơi nhận:", a
 * signer's name, "I. MỤC TIÊU") are made of words or are block starts, so they stay.
 */
public final class ScanNoiseFilter implements TextFilter {
  private static final int MAX_LINE_CHARS = 30;
  private static final int MAX_LINE_TOKENS = 6;
  private static final int MAX_TOKEN_CHARS = 8;
  private static final int MAX_BLOCK_LINES = 6;
  private static final int MAX_BLOCK_TOKENS = 10;

  private final Set<String> abbreviations;

  public ScanNoiseFilter() {
    this.abbreviations = Set.copyOf(WordLists.words("abbreviations.txt"));
  }

  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    List<Line> lines = in.lines();
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!candidate(lines.get(i).text())) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      int j = i + 1;
      while (j < lines.size() && (lines.get(j).blank() || candidate(lines.get(j).text()))) {
        if (!lines.get(j).blank()) {
          last = j;
        }
        j++;
      }
      int content = 0;
      for (int k = first; k <= last; k++) {
        content += lines.get(k).blank() ? 0 : 1;
      }
      if (content > MAX_BLOCK_LINES + 2) {
        i = j;
        continue;
      }
      while (first < last && (lines.get(first).blank() || noiseIn(lines.get(first).text()) == 0)) {
        first++;
      }
      while (last > first && (lines.get(last).blank() || noiseIn(lines.get(last).text()) == 0)) {
        last--;
      }
      if (isNoise(lines, first, last)) {
        edits.add(Edit.delete(lines.get(first).start(), lines.get(last).next(s)));
      }
      i = j;
    }
    return in.apply(edits);
  }

  private boolean isNoise(List<Line> lines, int first, int last) {
    int lineCount = 0;
    int tokens = 0;
    int noise = 0;
    int judged = 0;
    for (int k = first; k <= last; k++) {
      if (lines.get(k).blank()) {
        continue;
      }
      lineCount++;
      for (String raw : LineShapes.SPACES.split(lines.get(k).text().strip())) {
        tokens++;
        switch (judge(raw)) {
          case NOISE -> {
            noise++;
            judged++;
          }
          case WORD -> judged++;
          case NEUTRAL -> { }
        }
      }
    }
    if (noise == 0 || lineCount > MAX_BLOCK_LINES || tokens > MAX_BLOCK_TOKENS) {
      return false;
    }
    int before = Lines.previousContent(lines, first - 1);
    int after = Lines.nextContent(lines, last + 1);
    boolean splitsSentence = before >= 0 && after >= 0
        && !LineShapes.endsClause(lines.get(before).text())
        && LineShapes.startsLowerCase(lines.get(after).text());
    return splitsSentence || (noise >= 2 && 2 * noise >= judged) || noise == judged;
  }

  private int noiseIn(String line) {
    int n = 0;
    for (String raw : LineShapes.SPACES.split(line.strip())) {
      n += judge(raw) == Kind.NOISE ? 1 : 0;
    }
    return n;
  }

  private enum Kind { WORD, NEUTRAL, NOISE }

  private Kind judge(String raw) {
    String t = trimPunctuation(raw);
    if (t.isEmpty()) {
      return Kind.NEUTRAL;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) || c == '/' || c == '&' || c == '-') {
        return Kind.NEUTRAL;
      }
    }
    String undotted = t.replace(".", "");
    if (abbreviations.contains(undotted.toUpperCase(Locale.ROOT))) {
      return Kind.WORD;
    }
    if (undotted.equals(t) && SyllableChecker.standard().isSyllable(t)) {
      return Kind.WORD;
    }
    if (undotted.equals(t) && undotted.length() >= 3 && LineShapes.inCapitals(t) && !hasToneMark(t)) {
      return Kind.NEUTRAL;
    }
    return Kind.NOISE;
  }

  private static boolean candidate(String line) {
    if (strippedLength(line) > MAX_LINE_CHARS) {
      return false; // most lines: judged without a stripped copy
    }
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_LINE_CHARS || s.endsWith(":")
        || LineShapes.startsBlock(s) || LineShapes.startsLowerCase(s)) {
      return false;
    }
    String[] tokens = LineShapes.SPACES.split(s);
    if (tokens.length > MAX_LINE_TOKENS) {
      return false;
    }
    for (String t : tokens) {
      if (t.length() > MAX_TOKEN_CHARS) {
        return false;
      }
    }
    return true;
  }

  /** {@code line.strip().length()}, counted in place. */
  private static int strippedLength(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
      to--;
    }
    return to - from;
  }

  private static String trimPunctuation(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && !Character.isLetterOrDigit(token.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) {
      to--;
    }
    return token.substring(from, to);
  }

  private static boolean hasToneMark(String token) {
    String d = java.text.Normalizer.normalize(token, java.text.Normalizer.Form.NFD);
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') {
        return true;
      }
    }
    return false;
  }
}
