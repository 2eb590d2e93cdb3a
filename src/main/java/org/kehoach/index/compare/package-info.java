/**
 * Comparison of two plans' targets, budgets and agencies (typically one issuer's plans of two years):
 * alignment of targets by canonical indicator or, failing that, by similar indicator phrases of the same
 * unit, and a judgement of whether each changed target is more or less ambitious given which way its
 * indicator must move. Pure Java over {@link org.kehoach.index.PlanRecord}; no Lucene here.
 */
package org.kehoach.index.compare;
