/**
 * Synthetic plans and the search benchmark. {@link org.kehoach.bench.SyntheticPlans} writes plan JSON (and
 * optionally the plan text its spans point into) for real district names and indicator wordings from the
 * gazetteers, deterministic by seed; {@link org.kehoach.bench.SearchBenchmark} indexes them and measures
 * indexing rate and search and compare latency. {@link org.kehoach.bench.Machine} and
 * {@link org.kehoach.bench.SampleFiles} serve every benchmark (load average and peak memory; the sample files to
 * copy). Test and benchmark support only: the pipeline never uses this package. Depends on {@code org.kehoach.index} and {@code org.kehoach.gazetteer}; not on Lucene.
 */
package org.kehoach.bench;
