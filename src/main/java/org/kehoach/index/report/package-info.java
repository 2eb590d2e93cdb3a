/**
 * Renders search results and plan comparisons as a text table, JSON, CSV or XLSX (Apache POI: a real sheet
 * with a header row and typed numeric cells). Formatting only: no Lucene, no searching, no comparing.
 */
package org.kehoach.index.report;
