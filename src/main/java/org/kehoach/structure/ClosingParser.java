package org.kehoach.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kehoach.model.Closing;
import org.kehoach.model.Signature;
import org.kehoach.model.Span;

/**
 * Reads the closing part as a small state machine over its lines: statement lines until the first recipient
 * or signature line, then recipients (after "Nơi nhận:", each "- X;" item, wrapped items joined), authority and
 * title lines, the signer's name (only once a signature line was seen), and after the name whatever trails
 * (annexes, footnotes). The recipients and the signature may come in either order or interleaved, as two-column
 * layouts produce. Immutable.
 */
final class ClosingParser {
  /** Words printed in place of a handwritten signature. */
  private static final Set<String> SIGNED_MARKS = Set.of("da ky", "da ky va dong dau", "ky ten", "ky ten dong dau", "ky");

  /** A recipient item starts with one of these. */
  private static final String RECIPIENT_MARKS = "-–—+•*·▪●";

  /** A personal name has this many syllables. */
  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 5;

  /** After the signer's name, a recipient item still counts when it is this close to the previous one. */
  private static final int RECIPIENT_GAP_AFTER_NAME = 4;

  /** Mutable per-call state of the walk; never shared. */
  private static final class Walk {
    int statementFirst = -1;
    int statementLast = -1;
    Span recipientsHeading;
    boolean recipientsAfterName;
    final List<int[]> recipients = new ArrayList<>();
    int lastRecipientLine = -10;
    final List<Span> authority = new ArrayList<>();
    final List<Span> title = new ArrayList<>();
    Span name;
    final List<int[]> trailing = new ArrayList<>();

    boolean signatureSeen() {
      return !authority.isEmpty() || !title.isEmpty();
    }

    boolean started() {
      return recipientsHeading != null || signatureSeen() || name != null;
    }

    boolean recipientsOpen(int i) {
      return recipientsHeading != null
          && (name == null || recipientsAfterName
              || (trailing.isEmpty() && i - lastRecipientLine <= RECIPIENT_GAP_AFTER_NAME));
    }
  }

  /** The closing part of lines {@code [from, to)}, or {@code null} when they are all blank. */
  Closing parse(LineTable lines, LineKind[] kinds, int from, int to, SpanFactory spans) {
    int first = lines.nextNonBlank(from);
    int last = lines.previousNonBlank(to);
    if (first >= to || last < first) {
      return null;
    }
    Walk w = new Walk();
    for (int i = first; i <= last; i++) {
      Line line = lines.get(i);
      if (!line.isBlank()) {
        step(w, lines, kinds, i, spans);
      }
    }
    Span statement = w.statementFirst < 0 ? null
        : spans.span(lines.get(w.statementFirst).start(), lines.get(w.statementLast).end());
    List<Span> recipients = new ArrayList<>();
    for (int[] r : w.recipients) {
      recipients.add(recipientSpan(spans, r[0], r[1]));
    }
    List<Span> trailing = new ArrayList<>();
    for (int[] t : w.trailing) {
      trailing.add(spans.span(lines.get(t[0]).start(), lines.get(t[1]).end()));
    }
    Signature signature = w.authority.isEmpty() && w.title.isEmpty() && w.name == null
        ? null : new Signature(w.authority, w.title, w.name);
    return new Closing(spans.span(lines.get(first).start(), lines.get(last).end()), statement, w.recipientsHeading,
        recipients, signature, trailing);
  }

  private void step(Walk w, LineTable lines, LineKind[] kinds, int i, SpanFactory spans) {
    Line line = lines.get(i);
    LineKind kind = kinds[i];
    if (kind == LineKind.RECIPIENTS_HEADING) {
      startRecipients(w, line, spans);
    } else if (kind == LineKind.SIGNATURE_AUTHORITY && w.name == null) {
      w.authority.add(spans.of(line));
    } else if (kind == LineKind.SIGNER_TITLE && w.name == null) {
      w.title.add(spans.of(line));
    } else if (w.recipientsOpen(i) && (isRecipientItem(line.text()) || isBareRecipient(line, w, i))) {
      w.recipients.add(new int[] {line.start(), line.end()});
      w.lastRecipientLine = i;
      kinds[i] = LineKind.RECIPIENT;
    } else if (isSignedMark(line)) {
      return;
    } else if (w.name == null && w.signatureSeen() && isName(line.text(), kind)) {
      w.name = spans.of(line);
      kinds[i] = LineKind.SIGNER_NAME;
    } else if (w.recipientsOpen(i) && continuesRecipient(w, lines, i)) {
      w.recipients.get(w.recipients.size() - 1)[1] = line.end();
      w.lastRecipientLine = i;
      kinds[i] = LineKind.RECIPIENT;
    } else if (!w.started()) {
      if (w.statementFirst < 0) {
        w.statementFirst = i;
      }
      w.statementLast = i;
      kinds[i] = LineKind.CLOSING;
    } else {
      addTrailing(w, lines, i);
      kinds[i] = LineKind.TRAILER;
    }
  }

  private static void startRecipients(Walk w, Line line, SpanFactory spans) {
    String t = line.text();
    int colon = t.indexOf(':');
    int wordEnd = colon < 0 ? t.length() : colon;
    w.recipientsHeading = spans.trimmed(line.start(), line.start() + wordEnd);
    w.recipientsAfterName = w.name != null;
    w.lastRecipientLine = line.index();
    if (colon >= 0 && !t.substring(colon + 1).isBlank()) {
      w.recipients.add(new int[] {line.start() + colon + 1, line.end()});
    }
  }

  /** A line right under an unfinished recipient (no ";" or "." yet) that is not an item of its own. */
  private static boolean continuesRecipient(Walk w, LineTable lines, int i) {
    if (w.lastRecipientLine != i - 1 || w.recipients.isEmpty() || !lines.get(i).lineStart()) {
      return false;
    }
    String prev = lines.get(i - 1).text();
    return !prev.endsWith(";") && !prev.endsWith(".");
  }

  private static void addTrailing(Walk w, LineTable lines, int i) {
    if (!w.trailing.isEmpty()) {
      int[] open = w.trailing.get(w.trailing.size() - 1);
      if (open[1] == i - 1 && (lines.wrapsFromPrevious(i) || TextShape.startsLowerCase(lines.get(i).text()))) {
        open[1] = i;
        return;
      }
    }
    w.trailing.add(new int[] {i, i});
  }

  /**
   * A recipient whose dash was lost in extraction: under "Nơi nhận:" (or right under another recipient), ending
   * with ";" or being the archive line "Lưu …" / "Như trên".
   */
  private static boolean isBareRecipient(Line line, Walk w, int i) {
    boolean near = w.recipientsHeading != null && w.name == null && i - w.lastRecipientLine <= 2;
    String key = line.key();
    return near && (line.text().endsWith(";") || Lexicon.startsWithWord(key, "luu")
        || Lexicon.startsWithWord(key, "nhu tren") || Lexicon.startsWithWord(key, "nhu dieu"));
  }

  private static boolean isRecipientItem(String t) {
    return !t.isEmpty() && RECIPIENT_MARKS.indexOf(t.charAt(0)) >= 0;
  }

  /** "Đã ký", "(Đã ký)", "[đã ký]": printed where the handwritten signature was. */
  static boolean isSignedMark(Line line) {
    return SIGNED_MARKS.contains(line.key());
  }

  /** The recipient text without marker, surrounding spaces and trailing ";", "," or ".". */
  private static Span recipientSpan(SpanFactory spans, int start, int end) {
    String text = spans.text();
    int s = start;
    int e = end;
    while (s < e && (TextShape.isSpace(text.charAt(s)) || RECIPIENT_MARKS.indexOf(text.charAt(s)) >= 0)) {
      s++;
    }
    while (e > s && (TextShape.isSpace(text.charAt(e - 1)) || ";,.".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return spans.span(s, e);
  }

  /**
   * A personal name: two to five syllables, each a capital followed by small letters, or all capitals, and
   * nothing else ("Trần Hồng Nga", "PHẠM VĂN KÍNH").
   */
  static boolean isName(String t, LineKind kind) {
    if (kind != LineKind.BODY) {
      return false;
    }
    String[] words = t.split("[ \\u00A0]+");
    if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) {
      return false;
    }
    for (String w : words) {
      if (!isNameSyllable(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameSyllable(String w) {
    if (w.isEmpty() || w.length() > 7 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    boolean allUpper = true;
    boolean restLower = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      allUpper &= Character.isUpperCase(c);
      restLower &= i == 0 || Character.isLowerCase(c);
    }
    return allUpper || restLower;
  }
}
