package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handles footnotes of paged text (PDF, OCR): the note sits at the bottom of its page with its number glued
 * to the text ("1qua Phòng …") and the in-text marker became a stray number after a word ("6,28% 1;",
 * "Huyện 1 xem xét"). A note is recognised only when its marker is found on the same page; then the marker
 * is deleted, so it can never pass for part of a number, and the note (with its continuation lines) moves
 * to the end of the text, where it no longer splits the sentence running on to the next page. When several
 * numbers on the page could be the marker, the note still moves but no marker is deleted; so it does when
 * no marker is found but the number is glued to a lower-case word ("1qua"), which body lines never are.
 * OCR often reads a superscript marker as a lone quote ("Huyện ' xem xét"); a single such quote on a page
 * with a single note is taken for its marker. Superscript digits ("Huyện¹") count as markers too.
 */
public final class PageFootnoteFilter implements TextFilter {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /** Notes occupy at most this many lines at a page bottom. */
  private static final int MAX_NOTE_LINES = 8;

  /** The first line of a note: its number glued to the text, "1qua Phòng …", "2(theo …)", "¹ Theo …". */
  private static final Pattern NOTE_START =
      Pattern.compile("^(?:(\\d{1,2})(?=[\\p{L}(“\"])|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\\s?(?=[\\p{L}(“\"]))");

  /** A possible marker: a small number after a word, "%" or ")" with at most one space between (group 3). */
  private static final Pattern MARKER =
      Pattern.compile("([\\p{L}%)”\"’])( ?)(\\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})(?=[\\s,.;:!?)]|$)");

  /** What OCR makes of a superscript marker: a lone quote between words, "Huyện ' xem xét". */
  private static final Pattern OCR_MARKER = Pattern.compile("(?<=\\p{L})( ['’‘`])(?= \\p{Ll})");

  /** A note whose number is glued to a lower-case word or a parenthesis is a note even without a marker. */
  private static final Pattern UNMISTAKABLE_START = Pattern.compile("^\\d{1,2}[\\p{Ll}(]");

  private final Set<String> numberNouns;

  public PageFootnoteFilter() {
    this.numberNouns = Set.copyOf(WordLists.lines("number-nouns.txt"));
  }

  private record Note(int number, int firstLine, String text) {}

  @Override
  public PagedText apply(PagedText in) {
    if (!in.isPaged()) {
      return in;
    }
    String s = in.text();
    List<Edit> edits = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    for (int page = 1; page <= in.pageCount(); page++) {
      List<Line> lines = Lines.ofPage(in, page);
      List<Note> notes = notes(lines);
      if (notes.isEmpty()) {
        continue;
      }
      int bodyStart = lines.get(0).start();
      String body = s.substring(bodyStart, lines.get(notes.get(0).firstLine()).start());
      Optional<List<Edit>> markers = markers(body, bodyStart, notes, lines);
      if (markers.isEmpty()) {
        continue;
      }
      edits.addAll(markers.get());
      Line firstNote = lines.get(notes.get(0).firstLine());
      Line lastLine = lines.get(lines.size() - 1);
      edits.add(Edit.delete(firstNote.start(), lastLine.next(s)));
      for (Note n : notes) {
        moved.add(n.text());
      }
    }
    if (!moved.isEmpty()) {
      edits.add(Edit.insert(s.length(), "\n\n" + String.join("\n\n", moved)));
    }
    return in.apply(edits);
  }

  /**
   * The deletions of the notes' markers in the page body (none for a note whose marker is ambiguous or
   * missing but whose start is unmistakable), or empty when some note is not recognised as one.
   */
  private Optional<List<Edit>> markers(String body, int bodyStart, List<Note> notes, List<Line> lines) {
    List<Edit> markers = new ArrayList<>();
    for (Note n : notes) {
      int best = -1;
      int bestScore = -1;
      boolean tie = false;
      Matcher m = MARKER.matcher(body);
      while (m.find()) {
        int score = number(m.group(3)) == n.number() ? score(body, m) : -1;
        if (score > bestScore) {
          bestScore = score;
          best = m.start(2);
          tie = false;
        } else if (score == bestScore && score >= 0) {
          tie = true;
        }
      }
      if (bestScore >= 0) {
        if (!tie) {
          markers.add(Edit.delete(bodyStart + best, bodyStart + best + markerLength(body, best)));
        }
        continue;
      }
      Matcher ocr = OCR_MARKER.matcher(body);
      if (notes.size() == 1 && ocr.find() && !ocr.find(ocr.end()) && ocr.reset().find()) {
        markers.add(Edit.delete(bodyStart + ocr.start(1), bodyStart + ocr.end(1)));
      } else if (!UNMISTAKABLE_START.matcher(lines.get(n.firstLine()).text().strip()).find()) {
        return Optional.empty();
      }
    }
    return Optional.of(markers);
  }

  /** Length of the marker starting at {@code at} in the body: an optional space and the digits. */
  private static int markerLength(String body, int at) {
    int i = at;
    if (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    while (i < body.length() && (Character.isDigit(body.charAt(i)) || SUPERSCRIPTS.indexOf(body.charAt(i)) >= 0)) {
      i++;
    }
    return i - at;
  }

  private static int noteNumber(Matcher noteStart) {
    return number(noteStart.group(1) != null ? noteStart.group(1) : noteStart.group(2));
  }

  /** The value of a marker written in ASCII or superscript digits. */
  private static int number(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      int sup = SUPERSCRIPTS.indexOf(c);
      n = n * 10 + (sup >= 0 ? sup : c - '0');
    }
    return n;
  }

  /** The notes at the bottom of a page, numbered consecutively; empty when there are none. */
  private static List<Note> notes(List<Line> lines) {
    int last = Lines.previousContent(lines, lines.size() - 1);
    if (last < 0) {
      return List.of();
    }
    int top = -1;
    int seen = 0;
    for (int i = last; i >= 0 && seen < MAX_NOTE_LINES; i--) {
      if (lines.get(i).blank()) {
        continue;
      }
      seen++;
      if (NOTE_START.matcher(lines.get(i).text().strip()).find()) {
        top = i;
      }
    }
    if (top < 0) {
      return List.of();
    }
    List<Note> notes = new ArrayList<>();
    StringBuilder text = null;
    int number = 0;
    int first = top;
    for (int i = top; i <= last; i++) {
      String t = lines.get(i).text().strip();
      if (t.isEmpty()) {
        continue;
      }
      Matcher m = NOTE_START.matcher(t);
      if (m.find() && (text == null || noteNumber(m) == number + 1)) {
        if (text != null) {
          notes.add(new Note(number, first, text.toString()));
        }
        number = noteNumber(m);
        first = i;
        text = new StringBuilder(t.substring(m.end()).strip());
      } else {
        text.append(' ').append(t);
      }
    }
    notes.add(new Note(number, first, text.toString()));
    return notes;
  }

  /**
   * How likely the match is a note marker: 3 after "%", ")" or a quote, or glued to a lower-case letter;
   * 2 when punctuation or the line end follows; 1 after a capitalised word; -1 (never) after a word that
   * takes a number ("Chỉ tiêu 1", "năm 2") or inside a quantity ("dưới 1 tuổi"), or glued to capitals
   * ("QĐ267").
   */
  private int score(String body, Matcher m) {
    char before = m.group(1).charAt(0);
    boolean glued = m.group(2).isEmpty();
    if (glued) {
      return Character.isLowerCase(before) ? 3 : -1;
    }
    if (!Character.isLetter(before)) {
      return 3;
    }
    String word = wordBefore(body, m.start(1) + 1);
    if (takesNumber(body, m.start(1) + 1)) {
      return -1;
    }
    int after = m.end();
    boolean punctuationFollows = after >= body.length() || body.charAt(after) != ' '
        || (after + 1 < body.length() && !Character.isLetterOrDigit(body.charAt(after + 1)));
    if (punctuationFollows) {
      return 2;
    }
    boolean lowerFollows = after + 1 < body.length() && Character.isLowerCase(body.charAt(after + 1));
    if (Character.isLowerCase(word.charAt(0)) && lowerFollows) {
      return -1;
    }
    return Character.isUpperCase(word.charAt(0)) ? 1 : 0;
  }

  /** True when the one or two words ending at {@code end} name something counted ("năm", "Chỉ tiêu"). */
  private boolean takesNumber(String body, int end) {
    String one = wordBefore(body, end);
    String two = wordBefore(body, end - one.length() - 1) + " " + one;
    return numberNouns.contains(one.toLowerCase(Locale.ROOT)) || numberNouns.contains(two.toLowerCase(Locale.ROOT));
  }

  private static String wordBefore(String body, int end) {
    int i = Math.max(end, 0);
    int from = i;
    while (from > 0 && Character.isLetter(body.charAt(from - 1))) {
      from--;
    }
    return body.substring(from, i);
  }
}
