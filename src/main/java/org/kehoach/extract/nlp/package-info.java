/**
 * The CoreNLP rule-engine layer: a tokenizer suited to Vietnamese syllables and number formats, paragraph
 * annotation with character offsets, and loading of TokensRegex rule files from the classpath.
 */
package org.kehoach.extract.nlp;
