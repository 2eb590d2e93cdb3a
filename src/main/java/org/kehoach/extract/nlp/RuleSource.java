package org.kehoach.extract.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reading TokensRegex rules files from the classpath, and finding the sequence anchors in them. */
final class RuleSource {
  private RuleSource() {}

  static BufferedReader open(String resource) {
    InputStream in = RuleSource.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("rules resource not found on the classpath: " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  static String read(String resource) {
    StringBuilder sb = new StringBuilder();
    try (BufferedReader r = open(resource)) {
      String line;
      while ((line = r.readLine()) != null) {
        sb.append(line).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules " + resource, e);
    }
    return sb.toString();
  }

  /**
   * Whether a rules text uses {@code ^} or a lone {@code $} outside comments, strings and regexes: the
   * sequence anchors, which match differently on part of a sequence. "$NAME" and "$$name" are variables.
   */
  static boolean hasSequenceAnchor(String source) {
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '#' && lineStart(source, i)) {
        i = skipTo(source, i, '\n');
      } else if (c == '"' || c == '/') {
        i = skipTo(source, i + 1, c);
      } else if (c == '^') {
        return true;
      } else if (c == '$') {
        int j = i + 1 < n && source.charAt(i + 1) == '$' ? i + 2 : i + 1;
        if (j >= n || !Character.isLetter(source.charAt(j)) && source.charAt(j) != '_') {
          return true;
        }
        i = j;
      } else {
        i++;
      }
    }
    return false;
  }

  /**
   * Whether a rules text may give a rule an action ({@code action: ( Annotate(…) )}): any mention of the word,
   * even in a comment, counts, so a file is never wrongly taken to have none.
   */
  static boolean mayHaveActions(String source) {
    return source.contains("action");
  }

  private static boolean lineStart(String s, int i) {
    int j = i - 1;
    while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j--;
    }
    return j < 0 || s.charAt(j) == '\n';
  }

  /** The index after the next unescaped {@code end} from {@code i}. */
  private static int skipTo(String s, int i, char end) {
    int j = i;
    while (j < s.length() && s.charAt(j) != end) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return j + 1;
  }

  /**
   * Whether a variable of a rules text ({@code $NAME = ( … )}) uses a sequence anchor: then any rule may
   * hold one, whatever its own pattern shows. A statement runs from a line starting with {@code $} to the
   * next line that does not start with a space, a tab or a closing bracket.
   */
  static boolean hasAnchoredVariable(String source) {
    StringBuilder statement = null;
    for (String line : (source + "\n#").split("\n", -1)) {
      boolean continues = !line.isEmpty() && " \t)".indexOf(line.charAt(0)) >= 0;
      if (statement != null && continues) {
        statement.append(line).append('\n');
        continue;
      }
      if (statement != null && hasSequenceAnchor(statement.toString())) {
        return true;
      }
      statement = line.startsWith("$") ? new StringBuilder(line).append('\n') : null;
    }
    return false;
  }
}
