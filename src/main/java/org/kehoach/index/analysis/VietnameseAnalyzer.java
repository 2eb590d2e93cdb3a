package org.kehoach.index.analysis;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzer for Vietnamese text fields, used alike at index and at query time. The chain is:
 *
 * <ol>
 *   <li>{@link StandardTokenizer} (Unicode word boundaries: syllables, numbers such as "6,5" and "1.000");
 *   <li>{@link Form#EXACT}: {@link ToneNormalizationFilter} (NFC and canonical tone placement, "hoà" =
 *       "hòa"), then lower case, diacritics kept ("trẻ" ≠ "tre"); {@link Form#FOLDED}: {@link
 *       VietnameseFoldingFilter} (no diacritics, so no tone placement to care about; đ→d, y/i, no leading
 *       zeros);
 *   <li>{@link SynonymGraphFilter} over the {@link Abbreviations}, built over the terms of the chain above so
 *       the rules match in either form.
 * </ol>
 *
 * Abbreviation rules map one input to one phrase, so the synonym output stays a single path and needs no
 * graph flattening at index time. Thread-safe, as every Lucene analyzer; close it when done.
 */
public final class VietnameseAnalyzer extends Analyzer {
  /** Whether diacritics are kept. */
  public enum Form {
    EXACT,
    FOLDED
  }

  /** The position gap between two values of one field; larger than any phrase slop a user would type. */
  public static final int POSITION_GAP = 100;

  private final Form form;
  private final SynonymMap abbreviations;

  public VietnameseAnalyzer(Form form, Abbreviations abbreviations) {
    this.form = Objects.requireNonNull(form, "form");
    Objects.requireNonNull(abbreviations, "abbreviations");
    try (Analyzer base = new VietnameseAnalyzer(form)) {
      this.abbreviations = abbreviations.map(base);
    }
  }

  /** The chain without abbreviation expansion. */
  private VietnameseAnalyzer(Form form) {
    this.form = form;
    this.abbreviations = null;
  }

  public Form form() {
    return form;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream chain = normalizeChain(source);
    if (abbreviations != null) {
      chain = new SynonymGraphFilter(chain, abbreviations, true);
    }
    return new TokenStreamComponents(source, chain);
  }

  /** Values of one field are kept apart, so a phrase never matches across two of them. */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return POSITION_GAP;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return normalizeChain(in);
  }

  /** Folding drops the tone marks, so only the exact form needs their placement normalised. */
  private TokenStream normalizeChain(TokenStream in) {
    return form == Form.EXACT ? new LowerCaseFilter(new ToneNormalizationFilter(in)) : new VietnameseFoldingFilter(in);
  }
}
