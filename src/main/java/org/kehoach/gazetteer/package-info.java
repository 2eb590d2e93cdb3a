/**
 * The project's gazetteers (administrative units, agencies, child indicators): loading the TSV files of the
 * top-level {@code gazetteers/} folder (or the same files packaged on the classpath) into immutable records,
 * and fast lookup over folded syllables: a longest-match phrase trie with offsets into the original text,
 * name resolution, agency canonicalisation and indicator matching by similarity.
 *
 * <p>Depends only on {@code org.kehoach.text} (the diacritic fold), {@code org.kehoach.util} and the JDK. It must not depend on
 * ingest, structure, extract, index, pipeline or app, nor on Tika, CoreNLP or Lucene.
 */
package org.kehoach.gazetteer;
