/**
 * The whole-archive batch benchmark ({@code kehoach bench-batch}): builds a folder of good plans and broken
 * files of every hostile kind, runs {@code kehoach parse} on it in a child process, kills that process
 * (SIGKILL) half-way, resumes it with {@code --resume}, and checks that every input ends with its expected
 * outcome, that the finished files were not parsed again, and that the index holds every output. A measuring
 * and checking tool, not part of the pipeline.
 *
 * <p>Depends on {@code org.kehoach.bench}, {@code org.kehoach.index} (to read the index the child wrote) and,
 * like {@code org.kehoach.bench.throughput}, on PDFBox directly: the password-protected and over-long PDFs are
 * made with the plain library. Talks to the pipeline only through the command line of the child process.
 * Nothing may depend on this package.
 */
package org.kehoach.bench.batch;
