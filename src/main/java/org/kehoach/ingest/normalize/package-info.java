/**
 * Ingest-time text normalisation: legacy-font decoding, Unicode NFC, converter residue and layout repair,
 * as a chain of small {@link org.kehoach.ingest.normalize.TextFilter}s over
 * {@link org.kehoach.ingest.normalize.PagedText}, which keeps the page of every character. Depends on
 * {@code org.kehoach.text} and {@code org.kehoach.model} only; never on Tika, CoreNLP or Lucene.
 */
package org.kehoach.ingest.normalize;
