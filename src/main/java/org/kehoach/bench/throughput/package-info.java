/**
 * The throughput benchmark ({@code kehoach bench-throughput}): documents per second and per core for each
 * phase of the batch pipeline, against plain Tika text extraction and Tesseract alone on the same files, the
 * cold-start time of the packaged jar and peak memory. A measuring tool, not part of the pipeline.
 *
 * <p>The pipeline passes run whole, into a scratch Lucene index per round through the batch's index sink, so the
 * index phase and its commit are measured too.
 *
 * <p>Depends on {@code org.kehoach.bench}, {@code org.kehoach.pipeline} and {@code org.kehoach.pipeline.batch}.
 * Unlike the rest of the project outside {@code ingest}, it calls Tika and PDFBox directly: the baselines must be
 * the plain libraries, not our wrappers of them. Nothing may depend on this package.
 */
package org.kehoach.bench.throughput;
