/**
 * Parsers for the values plans state in words and digits: Vietnamese numbers (decimal comma, dot
 * thousands, leading zeros), money (digits with scale words, or written out in words) and dates (numeric
 * and "ngày … tháng … năm …" forms, with blank days). Pure functions; no CoreNLP, no state.
 */
package org.kehoach.extract.value;
