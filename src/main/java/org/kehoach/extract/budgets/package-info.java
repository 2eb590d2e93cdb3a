/**
 * Budgets: the amounts a plan allocates to itself or its parts, their purposes and funding sources, and
 * the facts a consistency checker needs (which amounts are parts of which total, the amount in words).
 * TokensRegex rules find amounts, sources and cue words; small Java classes put them together by
 * position. Depends on model, text and extract.nlp/extract.value only; never on ingest, structure,
 * index or app.
 */
package org.kehoach.extract.budgets;
