package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites inline LaTeX math that converters leave in text into plain characters: {@code $\geq 95\%$}
 * becomes "≥ 95%". Only a one-line span between dollar signs (or {@code \( \)}) that contains a LaTeX
 * command or brace is rewritten, so prices such as "5$" or "$ 100" stay as they are. Commands come from
 * {@code latex-symbols.tsv}; an unknown command keeps its name without the backslash, and braces of
 * {@code \text{…}} and the like are dropped.
 */
public final class LatexMathFilter implements TextFilter {
  /** Inline math on one line: "$\geq 95\%$", "$$x^{2}$$", "\(\leq 5\)". */
  private static final Pattern MATH =
      Pattern.compile("\\$\\$([^$\\n]{1,200})\\$\\$|\\$([^$\\s][^$\\n]{0,198}?)\\$|\\\\\\(([^\\n]{1,200}?)\\\\\\)");

  /** A command: a backslash with a word ("\geq") or with one non-letter ("\%", "\,"). */
  private static final Pattern COMMAND = Pattern.compile("\\\\(?:[A-Za-z]+|[^A-Za-z\\n])");

  /** Text-style wrappers whose argument is kept as it is: "\text{ theo }". */
  private static final Pattern TEXT_WRAPPER =
      Pattern.compile("^\\\\(?:text|textrm|textbf|textit|mathrm|mathbf|mbox|operatorname)$");

  private final Map<String, String> symbols;

  public LatexMathFilter() {
    this.symbols = WordLists.table("latex-symbols.tsv");
  }

  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    if (s.indexOf('$') < 0 && !hasOpeningParen(s)) {
      return in;
    }
    List<Edit> edits = new ArrayList<>();
    Matcher m = MATH.matcher(s);
    // every match starts at a '$' or a backslash: trying the pattern there alone finds what find() would,
    // without trying it at every other character of the text
    for (int at = nextOpener(s, 0); at >= 0; at = nextOpener(s, at)) {
      if (!m.region(at, s.length()).lookingAt()) {
        at++;
        continue;
      }
      at = m.end();
      int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
      String body = m.group(g);
      if (!looksLikeLatex(body) || body.endsWith(" ")) {
        continue;
      }
      edits.add(new Edit(m.start(), m.end(), render(body)));
    }
    return in.apply(edits);
  }

  /** The first '$' or backslash at or after {@code from}, or -1. */
  private static int nextOpener(String s, int from) {
    int dollar = s.indexOf('$', from);
    int backslash = s.indexOf('\\', from);
    return dollar < 0 ? backslash : backslash < 0 ? dollar : Math.min(dollar, backslash);
  }

  /** Whether {@code s} holds "\\(", found by the character search a string search is much slower than. */
  private static boolean hasOpeningParen(String s) {
    for (int i = s.indexOf('\\'); i >= 0; i = s.indexOf('\\', i + 1)) {
      if (i + 1 < s.length() && s.charAt(i + 1) == '(') {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeLatex(String body) {
    return body.indexOf('\\') >= 0 || body.indexOf('{') >= 0 || body.indexOf('^') >= 0;
  }

  private String render(String body) {
    StringBuilder out = new StringBuilder(body.length());
    Matcher c = COMMAND.matcher(body);
    int i = 0;
    while (i < body.length()) {
      char ch = body.charAt(i);
      if (ch == '\\' && c.find(i) && c.start() == i) {
        String cmd = c.group();
        String symbol = symbols.get(cmd);
        if (symbol != null) {
          out.append(symbol);
        } else if (!TEXT_WRAPPER.matcher(cmd).matches()) {
          out.append(cmd.substring(1));
        }
        i = c.end();
      } else {
        if (ch != '{' && ch != '}') {
          out.append(ch);
        }
        i++;
      }
    }
    return out.toString().strip();
  }
}
