package org.kehoach.extract.budgets;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a range of text into statements: at ";", at a "." followed by a space, and at line ends, except a
 * line end inside a hard-wrapped sentence (the line ends in a letter, digit or comma and the next starts
 * with a lower-case letter: "đạt 300 triệu\nđồng"). Each statement knows whether it starts a line, so
 * list items can be told from parts stated inline. Immutable.
 */
final class Statements {
  /** A statement {@code [start, end)}; {@code lineStart} when it begins a line of the text. */
  record Statement(int start, int end, boolean lineStart) {}

  private final List<Statement> list;

  private Statements(List<Statement> list) {
    this.list = List.copyOf(list);
  }

  static Statements of(String text, int from, int to) {
    List<Statement> out = new ArrayList<>();
    int start = from;
    boolean lineStart = from == 0 || text.charAt(from - 1) == '\n';
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean cut = c == ';'
          || (c == '.' && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))))
          || (c == '\n' && !continuesSentence(text, i, from, to));
      if (cut) {
        out.add(new Statement(start, i, lineStart));
        start = i + 1;
        lineStart = c == '\n';
      }
    }
    out.add(new Statement(start, to, lineStart));
    return new Statements(out);
  }

  List<Statement> all() {
    return list;
  }

  /** The statement holding {@code offset}. */
  Statement at(int offset) {
    Statement found = list.get(0);
    for (Statement s : list) {
      if (s.start() <= offset) {
        found = s;
      } else {
        break;
      }
    }
    return found;
  }

  /** The statement after {@code s}, or {@code null}. */
  Statement next(Statement s) {
    int i = list.indexOf(s);
    return i >= 0 && i + 1 < list.size() ? list.get(i + 1) : null;
  }

  private static boolean continuesSentence(String text, int newline, int from, int to) {
    int p = newline - 1;
    while (p >= from && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    int n = newline + 1;
    while (n < to && Character.isWhitespace(text.charAt(n))) {
      n++;
    }
    if (p < from || n >= to) {
      return false;
    }
    char before = text.charAt(p);
    char after = text.charAt(n);
    return (Character.isLetterOrDigit(before) || before == ',') && Character.isLowerCase(after);
  }
}
