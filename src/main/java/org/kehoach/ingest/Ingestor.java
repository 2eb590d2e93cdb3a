package org.kehoach.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.kehoach.ingest.ocr.OcrEngine;
import org.kehoach.model.SourceFormat;
import org.kehoach.util.DaemonThreads;
import org.kehoach.util.Lazy;

/**
 * Reads any uploaded plan file into raw text, page by page: the one entry point of this package.
 *
 * <p>For each file: checks that it can be read, is not empty and not over {@link Limits#maxBytes()} (before
 * reading its content); detects its media type from the content ({@link ContentDetector}); hands it to the
 * reader registered for that type; and checks the result against {@link Limits#maxChars()} and for
 * emptiness. Everything after the size check, OCR included, runs under {@link Limits#timeout()}: when it
 * passes, {@code read} returns {@link FailureReason#TIMEOUT} at once and the work is interrupted (parsers
 * check for it; OCR processes are killed).
 *
 * <p>Building an {@code Ingestor} is quick: the content detector (a few hundred milliseconds: Tika's magic
 * table) is built on a reader thread right away, while the caller goes on with its own start-up, and each
 * reader builds its parsers when the first file of its format comes. Build one and share it. It is
 * thread-safe: each {@code read} runs on its own {@code kehoach-read-N} thread, and OCR of every document
 * shares one pool of {@link Limits#ocrThreads()} threads. {@link #close()} stops both pools.
 */
public final class Ingestor implements AutoCloseable {
  /** What Tika names an OOXML package it cannot open far enough to tell its kind: a truncated DOCX, say. */
  private static final String UNKNOWN_OOXML = "application/x-tika-ooxml";

  private final Limits limits;
  private final Lazy<ContentDetector> detector = new Lazy<>(ContentDetector::new);
  private final PdfReader pdf;
  private final ReaderRegistry readers;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(new DaemonThreads("kehoach-read"));

  public Ingestor(Limits limits, OcrEngine ocr) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.pdf = new PdfReader(limits, Objects.requireNonNull(ocr, "ocr"));
    // the one place where readers are registered; each declares its media types
    this.readers = new ReaderRegistry(
        List.of(pdf, new OfficeReader(limits), new ProtectedOfficeReader(), new TextReader(limits)));
    // every file needs the detector: start building it now; a failure here is reported by the first read
    workers.execute(() -> {
      try {
        detector.get();
      } catch (RuntimeException e) {
        // left for the first read to build again and report
      }
    });
  }

  /**
   * Reads one file.
   *
   * @throws PlanProcessingException naming the reason; its message says what was found but not the file
   */
  public RawDocument read(Path file) throws PlanProcessingException {
    Objects.requireNonNull(file, "file");
    checkFile(file);
    Future<RawDocument> task = workers.submit(() -> {
      try (ReaderSource source = new ReaderSource(file)) {
        return detectAndRead(source);
      }
    });
    try {
      return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new PlanProcessingException(FailureReason.TIMEOUT,
          "reading took longer than the limit of " + limits.timeout().toMillis() + " ms", e);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new PlanProcessingException(FailureReason.TIMEOUT, "reading was interrupted", e);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    }
  }

  private void checkFile(Path file) throws PlanProcessingException {
    if (!Files.exists(file)) {
      throw new PlanProcessingException(FailureReason.IO_ERROR, "the file does not exist");
    }
    if (!Files.isRegularFile(file)) {
      throw new PlanProcessingException(FailureReason.IO_ERROR, "not a regular file (a directory?)");
    }
    if (!Files.isReadable(file)) {
      throw new PlanProcessingException(FailureReason.IO_ERROR, "the file is not readable (permissions)");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new PlanProcessingException(FailureReason.IO_ERROR,
          "the file size cannot be read: " + ParseFailures.rootMessage(e), e);
    }
    if (size == 0) {
      throw new PlanProcessingException(FailureReason.EMPTY, "the file has 0 bytes");
    }
    if (size > limits.maxBytes()) {
      throw new PlanProcessingException(FailureReason.TOO_LARGE,
          "the file has " + size + " bytes, more than the limit of " + limits.maxBytes());
    }
  }

  private RawDocument detectAndRead(ReaderSource source) throws PlanProcessingException {
    String type;
    try {
      type = contentDetector().detect(source);
    } catch (IOException e) {
      throw new PlanProcessingException(FailureReason.IO_ERROR,
          "the file could not be read: " + ParseFailures.rootMessage(e), e);
    }
    if (type.equals(UNKNOWN_OOXML)) {
      throw new PlanProcessingException(FailureReason.CORRUPT, "the content is a ZIP package with Office Open XML"
          + " parts (" + type + ") whose main document cannot be found: a truncated or damaged DOCX");
    }
    DocumentReader reader = readers.forType(type).orElseThrow(() -> new PlanProcessingException(
        FailureReason.UNSUPPORTED,
        "the content is " + type + describe(type) + ", not a format this tool reads ("
            + readableFormats() + ")"));
    RawDocument doc;
    try {
      doc = reader.read(source, type);
    } catch (RuntimeException | StackOverflowError e) {
      // hostile or broken input makes parsers fail in unplanned ways; that fails this file only
      throw new PlanProcessingException(FailureReason.CORRUPT,
          "the " + type + " content could not be parsed: " + ParseFailures.rootMessage(e), e);
    }
    if (doc.characters() > limits.maxChars()) {
      throw new PlanProcessingException(FailureReason.TOO_LARGE, "the text has " + doc.characters()
          + " characters, more than the limit of " + limits.maxChars());
    }
    if (doc.pages().stream().noneMatch(p -> UsableText.hasWords(p.text()))) {
      throw new PlanProcessingException(FailureReason.EMPTY, "the " + doc.format().jsonName()
          + " content (" + type + ") holds no text: " + doc.characters()
          + " characters were extracted, none of them a letter or digit");
    }
    return doc;
  }

  /** The detector; one that cannot be built is a broken installation, not a broken file. */
  private ContentDetector contentDetector() {
    try {
      return detector.get();
    } catch (RuntimeException e) {
      throw new ServiceConfigurationError("Tika's content detector cannot be built: " + e, e);
    }
  }

  private static PlanProcessingException unwrap(Throwable cause) {
    if (cause instanceof PlanProcessingException p) {
      return p;
    }
    if (cause instanceof OutOfMemoryError) {
      return new PlanProcessingException(
          FailureReason.TOO_LARGE, "reading ran out of memory: the document is too large", cause);
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new PlanProcessingException(
        FailureReason.CORRUPT, "reading failed: " + ParseFailures.rootMessage(cause), cause);
  }

  private static String describe(String type) {
    return type.equals("application/octet-stream") ? " (binary data of no known format)" : "";
  }

  private static String readableFormats() {
    return Arrays.stream(SourceFormat.values()).map(SourceFormat::jsonName)
        .collect(Collectors.joining(", "));
  }

  @Override
  public void close() {
    workers.shutdownNow();
    pdf.close();
  }
}
