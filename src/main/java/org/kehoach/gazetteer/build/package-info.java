/**
 * Build-time generators that write the committed gazetteer files from reference data and curated sources
 * (run by hand, and checked by a test that regenerates into a temporary folder and compares).
 *
 * <p>Depends on {@code org.kehoach.gazetteer} and {@code org.kehoach.text} only; nothing at run time depends
 * on this package.
 */
package org.kehoach.gazetteer.build;
