/**
 * Lucene analysis for Vietnamese plan text: the two analyzers every indexed text field and every query go
 * through ({@link org.kehoach.index.analysis.VietnameseAnalyzer} in its exact and folded forms), the small
 * token filters they are assembled from, and the abbreviation list they expand. Depends on Lucene and on
 * {@code org.kehoach.text}; never on the rest of the index package, the pipeline or the application.
 */
package org.kehoach.index.analysis;
