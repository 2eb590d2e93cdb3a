/**
 * Deadlines: dates by which something is due and the ends of stated windows, found with TokensRegex
 * rules over {@link org.kehoach.extract.nlp.VietTokenizer} tokens whose dates come from
 * {@link org.kehoach.extract.value.VietDates}. Depends on model, text and extract.nlp/extract.value (and
 * the shared document-number rules of extract.legal); never on ingest, structure, index or app.
 */
package org.kehoach.extract.deadlines;
