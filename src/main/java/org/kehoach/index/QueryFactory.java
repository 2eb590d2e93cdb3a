package org.kehoach.index;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed, plus filters, into a Lucene query over target or plan documents.
 *
 * <p>The words must all occur, each in the indicator phrase or the clause, exact or folded; "double quotes"
 * make a phrase. Every other query-syntax character is taken literally, so "43/KH-UBND" or "(b)" never fail
 * to parse. A match in the exact field (diacritics as typed) counts when the best hits are re-ranked
 * ({@link #exact}). When
 * the query names a canonical indicator by any of its synonyms, targets of that indicator match as well, with
 * a fixed bonus: "tiêm chủng đầy đủ" finds "tiêm đủ 8 loại vắc xin". Stateless and thread-safe.
 */
final class QueryFactory {

  /** A word the classic query parser reads as an operator, e.g. "OR" in "TNTT OR SDD". */
  private static final Pattern OPERATOR_WORD = Pattern.compile("\\b(?:AND|OR|NOT)\\b");

  /** The score a target gets for having an indicator the query names (a few matching words' worth). */
  private static final float INDICATOR_BONUS = 4.0f;

  private final Analyzer analyzer;
  private final PlanKeys keys;

  QueryFactory(Analyzer analyzer, PlanKeys keys) {
    this.analyzer = analyzer;
    this.keys = keys;
  }

  /** The query over target documents: text (or all) and the named indicators, restricted by the filters. */
  Query targets(String text, List<String> indicators, Filters filters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query words = words(text);
    if (words == null) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else if (indicators.isEmpty()) {
      b.add(words, BooleanClause.Occur.MUST);
    } else {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      either.add(words, BooleanClause.Occur.SHOULD);
      for (String id : indicators) {
        either.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.INDICATOR, id))),
            INDICATOR_BONUS), BooleanClause.Occur.SHOULD);
      }
      b.add(either.build(), BooleanClause.Occur.MUST);
    }
    b.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_TARGET)), BooleanClause.Occur.FILTER);
    addFilters(b, filters);
    if (filters.indicator() != null) {
      b.add(new TermQuery(new Term(Fields.INDICATOR, filters.indicator())), BooleanClause.Occur.FILTER);
    }
    if (filters.unit() != null) {
      b.add(new TermQuery(new Term(Fields.UNIT, filters.unit().jsonName())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** The query over plan documents with these filters (indicator and unit do not apply to plans). */
  Query plans(Filters filters, String issuerKey) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PLAN)), BooleanClause.Occur.FILTER);
    addFilters(b, filters);
    if (issuerKey != null) {
      b.add(new TermQuery(new Term(Fields.ISSUER_KEY, issuerKey)), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private void addFilters(BooleanQuery.Builder b, Filters f) {
    if (f.province() != null) {
      b.add(new TermQuery(new Term(Fields.PROVINCE_KEY, keys.place(f.province()))), BooleanClause.Occur.FILTER);
    }
    if (f.district() != null) {
      b.add(new TermQuery(new Term(Fields.DISTRICT_KEY, keys.place(f.district()))), BooleanClause.Occur.FILTER);
    }
    if (f.level() != null) {
      b.add(new TermQuery(new Term(Fields.LEVEL, f.level().name())), BooleanClause.Occur.FILTER);
    }
    if (f.year() != null) {
      b.add(IntPoint.newExactQuery(Fields.YEAR, f.year()), BooleanClause.Occur.FILTER);
    }
    if (f.from() != null || f.to() != null) {
      int lo = f.from() == null ? Integer.MIN_VALUE : f.from();
      int hi = f.to() == null ? Integer.MAX_VALUE : f.to();
      b.add(IntPoint.newRangeQuery(Fields.YEAR, lo, hi), BooleanClause.Occur.FILTER);
    }
    if (!f.includeSuperseded()) {
      b.add(NumericDocValuesField.newSlowExactQuery(Fields.SUPERSEDED, 0), BooleanClause.Occur.FILTER);
    }
  }

  /**
   * The words of the query as a Lucene query, or {@code null} for "everything": all words must match in the
   * folded clause-and-phrase field.
   */
  Query words(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty() || s.equals("*")) {
      return null;
    }
    return parse(Fields.BODY_F, literal(s), text);
  }

  /**
   * The query that rewards matching as typed (diacritics kept), applied when re-ranking the best hits;
   * {@code null} when the query has no diacritics, since then it would only repeat the folded match.
   */
  Query exact(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty() || s.equals("*") || isAscii(s)) {
      return null;
    }
    return parse(Fields.BODY_X, literal(s), text);
  }

  private Query parse(String field, String literal, String original) {
    // a parser per call: the classic parser keeps state and is not thread-safe
    QueryParser parser = new QueryParser(field, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      Query q = parser.parse(literal);
      return isEmpty(q) ? null : q;
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot read the query '" + original + "': " + e.getMessage(), e);
    }
  }

  /** The text with every syntax character escaped but balanced double quotes, which delimit phrases. */
  static String literal(String text) {
    long quotes = text.chars().filter(c -> c == '"').count();
    StringBuilder out = new StringBuilder();
    boolean inPhrase = false;
    int seen = 0;
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        seen++;
        if (quotes % 2 == 1 && seen == quotes) {
          continue; // an unmatched last quote is dropped
        }
        out.append(escape(part.toString(), inPhrase)).append('"');
        part.setLength(0);
        inPhrase = !inPhrase;
      } else {
        part.append(c);
      }
    }
    out.append(escape(part.toString(), inPhrase));
    return out.toString();
  }

  private static String escape(String s, boolean inPhrase) {
    String e = QueryParserBase.escape(s);
    // the words AND, OR and NOT would be operators; lower case makes them plain words (analysis folds case)
    return inPhrase ? e : OPERATOR_WORD.matcher(e).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  private static boolean isEmpty(Query q) {
    return q instanceof BooleanQuery bq && bq.clauses().isEmpty();
  }
}
