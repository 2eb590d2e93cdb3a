package org.kehoach.extract.nlp;

/** The coarse class of a token, stored in CoreNLP's shape annotation so rules can match on it. */
public enum TokenShape {
  /** Letters (a Vietnamese syllable, an abbreviation such as "UBND"), possibly with digits ("QĐ19"). */
  WORD,
  /** Digits, possibly with Vietnamese group dots and a decimal comma: "09", "1.000", "6,5", "0988.100.744". */
  NUMBER,
  /** One punctuation or symbol character: "%", "/", "-", ";", "(". */
  PUNCT
}
