/**
 * Consistency warnings: checks across what the other extractors found (budget lines against their total and
 * the amount in words, the issue date against cited documents and the plan year, invalid cited dates, the
 * sections every plan has) that report problems with stable codes ({@link
 * org.kehoach.extract.consistency.WarningCode}) instead of failing. The entry point is {@link
 * org.kehoach.extract.consistency.ConsistencyChecker}. Depends on model, extract.value and the budget
 * extractor's findings; never on ingest, structure, index or app.
 */
package org.kehoach.extract.consistency;
