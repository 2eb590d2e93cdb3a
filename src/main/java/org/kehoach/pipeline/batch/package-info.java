/**
 * Parses whole folders of plans: a bounded pool of worker threads over a streamed file list, a per-file time
 * limit that covers every stage, atomic outputs, resumption from complete outputs, progress on the terminal,
 * and a report of every outcome ({@code <out>/report.json}).
 *
 * <p>Depends on {@code org.kehoach.pipeline}, {@code org.kehoach.ingest}, {@code org.kehoach.structure},
 * {@code org.kehoach.extract}, {@code org.kehoach.gazetteer} and {@code org.kehoach.model}; it must not depend
 * on {@code org.kehoach.app} (the CLI calls in, never the other way round) and must not call Tika, Lucene or
 * CoreNLP directly: those live behind the stages.
 */
package org.kehoach.pipeline.batch;
