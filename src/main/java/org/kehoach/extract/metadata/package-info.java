/**
 * Plan metadata: document number, title, issuer and its level, location, place and issue date, plan year or
 * period, signer and recipients, read from the zones the segmenter found (header, title, preamble, closing,
 * and the issuing decision when the plan is its annex) with the administrative gazetteer. The entry point
 * is {@link org.kehoach.extract.metadata.MetadataExtractor}; word lists live in resource files next to this
 * package. Depends on model, text, gazetteer, extract.value and extract.consistency (for warning codes);
 * never on ingest, structure internals, index or app.
 */
package org.kehoach.extract.metadata;
