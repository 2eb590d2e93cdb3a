package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * One match of a rules file: the rule's result as plain strings and where the match lies.
 *
 * @param result {@code result: "CUE"} gives ["CUE"], {@code result: ( "REF", $$num.text )} gives ["REF",
 *     "56/KH - UBND"] (a group's text keeps the spaces of the source where tokens were apart)
 * @param tokenBegin the first token of the match, an index into the tokens given to {@link RuleEngine#match}
 * @param tokenEnd one past the last token
 * @param charBegin the character offset where the first token begins
 * @param charEnd the character offset where the last token ends
 */
public record RuleMatch(List<String> result, int tokenBegin, int tokenEnd, int charBegin, int charEnd) {
  public RuleMatch {
    result = List.copyOf(result);
  }

  /** The first result string: the kind of match ("DUE", "LEAD"), or "" for a rule without a result. */
  public String kind() {
    return result.isEmpty() ? "" : result.get(0);
  }

  /** A TokensRegex match with token offsets into the caller's sequence. */
  static RuleMatch of(MatchedExpression m) {
    return new RuleMatch(resultStrings(m), m.getTokenOffsets().first(), m.getTokenOffsets().second(),
        m.getCharOffsets().first(), m.getCharOffsets().second());
  }

  /** TokensRegex wraps each element of a result in a {@code Value}; this unwraps them. */
  private static List<String> resultStrings(MatchedExpression m) {
    Object v = m.getValue() == null ? null : m.getValue().get();
    if (v instanceof List<?> list) {
      List<String> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(unwrap(o));
      }
      return out;
    }
    return v == null ? List.of() : List.of(unwrap(v));
  }

  private static String unwrap(Object o) {
    Object x = o instanceof Value<?> value ? value.get() : o;
    return x == null ? "" : String.valueOf(x);
  }
}
