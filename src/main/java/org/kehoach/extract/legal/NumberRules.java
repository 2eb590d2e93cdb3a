package org.kehoach.extract.legal;

import edu.stanford.nlp.ling.CoreAnnotations;
import org.kehoach.extract.nlp.TokenShape;
import org.kehoach.extract.nlp.TokenTest;

/**
 * The shared rules file of document numbers ({@code $DOC_NUMBER}: "56/KH-UBND", "05/2015/TTLT-BTP-BCA-BYT"),
 * loaded before the rules that use it, and what a gate needs to know of it.
 */
public final class NumberRules {
  /** The rules resource defining {@code $DOC_NUMBER}. */
  public static final String RULES = "org/kehoach/extract/legal/document-number.rules";

  /**
   * The tokens a {@code $DOC_NUMBER} is made of, and a few more: numbers, punctuation (its separators "/",
   * "-", "–", "&amp;") and words starting with a capital (its code words "UBND", "QĐ", "TTg"). A number can
   * be any run of them, so a gate lets a match reach over every such token.
   */
  public static final TokenTest NUMBER_PARTS = new TokenTest("shape:NUMBER|PUNCT or capitalised word",
      t -> !TokenShape.WORD.name().equals(t.get(CoreAnnotations.ShapeAnnotation.class))
          || Character.isUpperCase(t.word().charAt(0)));

  private NumberRules() {}
}
