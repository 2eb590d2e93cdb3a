/**
 * Vietnamese text primitives shared by every stage: the vowel and tone table ({@link
 * org.kehoach.text.VietnameseLetters}), the syllable parser and well-formedness checker, tone-placement
 * normalisation for matching keys ({@link org.kehoach.text.ToneNormalizer}), the diacritic fold used for
 * matching and search keys (never for text shown to users), and, in {@code legacy}, the TCVN3 and VNI
 * codecs. Pure Java; depends on nothing else in the project but {@code org.kehoach.model}, and never on
 * Tika, Lucene or CoreNLP.
 */
package org.kehoach.text;
