/**
 * Legal basis: the documents a plan's preamble says it implements or is based on ("Căn cứ …", "Thực
 * hiện …"), read with TokensRegex rules over {@link org.kehoach.extract.nlp.VietTokenizer} tokens. Depends
 * on model, text and extract.nlp/extract.value only; never on ingest, structure, index or app.
 */
package org.kehoach.extract.legal;
