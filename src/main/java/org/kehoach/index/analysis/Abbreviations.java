package org.kehoach.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The abbreviations the analyzers expand ("TNTT" → "tai nạn thương tích"), read from a list with one rule
 * {@code ABBREVIATION => full form} a line ('#' starts a comment). Expansion is one-way and replaces the
 * abbreviation, at index and at query time alike, so "TNTT" in a plan and "tai nạn thương tích" in a query
 * meet, and so do the reverse. An abbreviation is written as the plans write it; a form the tokenizer splits
 * ("LĐ-TB&XH" → lđ, tb, xh) is a rule over several tokens. Immutable.
 */
public final class Abbreviations {
  /** The list shipped with the index package. */
  public static final String RESOURCE = "abbreviations.txt";

  /** One rule of the list. */
  public record Rule(String abbreviation, String expansion, int line) {
    public Rule {
      Objects.requireNonNull(abbreviation, "abbreviation");
      Objects.requireNonNull(expansion, "expansion");
    }
  }

  private final List<Rule> rules;
  private final String source;

  public Abbreviations(List<Rule> rules, String source) {
    this.rules = List.copyOf(rules);
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The list shipped as {@value #RESOURCE} next to this class. */
  public static Abbreviations standard() {
    try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + RESOURCE + " missing next to " + Abbreviations.class.getName());
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the abbreviation list: " + e.getMessage(), e);
    }
  }

  /** No abbreviations at all. */
  public static Abbreviations none() {
    return new Abbreviations(List.of(), "none");
  }

  /**
   * Parses a list.
   *
   * @throws IllegalArgumentException naming the source and line of a malformed rule
   */
  public static Abbreviations parse(Reader reader, String source) throws IOException {
    List<Rule> rules = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      int arrow = s.indexOf("=>");
      if (arrow < 0 || s.indexOf("=>", arrow + 2) >= 0) {
        throw new IllegalArgumentException(
            source + ":" + number + ": expected 'ABBREVIATION => full form', found '" + s + "'");
      }
      String left = s.substring(0, arrow).strip();
      String right = s.substring(arrow + 2).strip();
      if (left.isEmpty() || right.isEmpty() || right.contains(",")) {
        throw new IllegalArgumentException(
            source + ":" + number + ": both sides must be non-empty and the expansion a single phrase: '" + s + "'");
      }
      rules.add(new Rule(left, right, number));
    }
    return new Abbreviations(rules, source);
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * The rules as a synonym map over the terms {@code base} produces, so the rules match whatever form the
   * analyzer gives its terms (exact or folded).
   *
   * @return {@code null} when there are no rules (a synonym filter must not be built over an empty map)
   * @throws IllegalArgumentException when two rules give one abbreviation different expansions
   */
  public SynonymMap map(Analyzer base) {
    if (rules.isEmpty()) {
      return null;
    }
    RuleParser parser = new RuleParser(base);
    try {
      parser.addAll(rules, source);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the abbreviation map from " + source, e);
    }
  }

  /** Feeds the rules through Lucene's synonym parser, which analyzes both sides with the given chain. */
  private static final class RuleParser extends SynonymMap.Parser {
    RuleParser(Analyzer analyzer) {
      super(true, analyzer);
    }

    void addAll(List<Rule> rules, String source) throws IOException {
      Map<String, String> seen = new HashMap<>();
      for (Rule r : rules) {
        CharsRef in = analyze(r.abbreviation(), new CharsRefBuilder());
        CharsRef out = analyze(r.expansion(), new CharsRefBuilder());
        String previous = seen.putIfAbsent(in.toString(), out.toString());
        if (previous != null && !previous.equals(out.toString())) {
          throw new IllegalArgumentException(source + ":" + r.line() + ": '" + r.abbreviation()
              + "' already expands to a different phrase");
        }
        add(in, out, false);
      }
    }

    @Override
    public void parse(Reader in) {
      throw new UnsupportedOperationException("rules are added with addAll");
    }
  }
}
