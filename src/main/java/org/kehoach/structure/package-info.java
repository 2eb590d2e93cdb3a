/**
 * Segmentation, the first step of the cascade: it cuts the normalised plan text into zones (web boilerplate,
 * header block, issuing decision, title, preamble, top-level sections with their item trees, closing part
 * with recipients and signature) and records a span for each, so that every field extractor works on its own
 * zone. The entry point is {@link org.kehoach.structure.Segmenter}; the word lists it matches against live
 * in resource files next to this package.
 *
 * <p>Pure Java over {@code org.kehoach.model} and {@code org.kehoach.text}; must not depend on ingest, extract,
 * index or any library (no Tika, CoreNLP or Lucene).
 */
package org.kehoach.structure;
