/**
 * The CoreNLP rule-engine layer: a tokenizer suited to Vietnamese syllables and number formats, paragraph
 * annotation with character offsets, and TokensRegex rule files loaded from the classpath and run only
 * where they can match ({@link org.kehoach.extract.nlp.RuleGate} declared by each extractor next to its
 * rules, each rule on the tokens its own patterns accept, and TokensRegex itself only where a rule's
 * automaton cannot tell the match alone), with the matches TokensRegex would find on the whole text. Depends on CoreNLP and text only; never on the extractors that use it.
 */
package org.kehoach.extract.nlp;
