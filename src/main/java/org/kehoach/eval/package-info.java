/**
 * End-to-end evaluation: scores predicted plan JSON files against gold annotations with the rules of the gold
 * set's README (one matcher per part, maximum bipartite matching where items pair, micro-averaged precision,
 * recall and F1), and validates plan JSON against the packaged output contract.
 *
 * <p>Works on Jackson trees of the files only, so it measures any tool that writes the contract. Depends on
 * {@code org.kehoach.text} (the fold) and Jackson; must not depend on ingest, structure, extract, index,
 * pipeline or app.
 */
package org.kehoach.eval;
