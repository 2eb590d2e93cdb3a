/**
 * The search index over plan JSON: {@link org.kehoach.index.PlanIndex} writes it (one Lucene document per
 * plan version, one per target, one per source file), {@link org.kehoach.index.PlanSearcher} reads it
 * (ranked targets grouped by plan, facet counts, plan lookup for comparison). Lucene lives only in this
 * package and its {@code analysis} subpackage. Plans arrive as JSON in the shape of {@code plan.schema.json},
 * or as a just-parsed model plan with that JSON ({@link org.kehoach.index.PlanModelReader});
 * the package depends on {@code org.kehoach.model}, {@code org.kehoach.text} and, for indicator synonyms,
 * {@code org.kehoach.gazetteer}; never on ingest, extract, the pipeline or the application.
 */
package org.kehoach.index;
