package org.kehoach.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.model.Plan;
import org.kehoach.pipeline.PlanPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one staged upload into a stored, indexed plan: parse (the pipeline detects the type from the content
 * and applies the size, page, character and time limits, OCR included), store under the sanitised name, add
 * to the index, and delete the staged bytes whatever happened. Every failure becomes a {@link FileOutcome};
 * nothing escapes to the worker thread. Thread-safe when its parts are.
 */
final class UploadProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(UploadProcessor.class);

  private final PlanPipeline pipeline;
  private final PlanStore store;
  private final PlanIndexer indexer;

  UploadProcessor(PlanPipeline pipeline, PlanStore store, PlanIndexer indexer) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.store = Objects.requireNonNull(store, "store");
    this.indexer = Objects.requireNonNull(indexer, "indexer");
  }

  FileOutcome process(StagedFile file) {
    try {
      Plan plan = pipeline.parse(file.path());
      String id = store.write(plan, file.name());
      Path json = store.file(id, ".json").orElseThrow(() -> new IOException("the stored plan " + id + " vanished"));
      try {
        indexer.add(json);
      } catch (IOException | RuntimeException e) {
        // the plan is stored and can be viewed; `kehoach index` can add it to the index later
        LOG.warn("plan {} was stored but not indexed: {}", id, e.toString());
      }
      return FileOutcome.stored(id, plan.targets().size(), plan.source().ocr());
    } catch (PlanProcessingException e) {
      return FileOutcome.failed(ErrorCode.of(e.reason()), e.getMessage());
    } catch (IOException e) {
      return FileOutcome.failed(ErrorCode.IO_ERROR, "the plan could not be stored: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("unexpected failure on upload " + file.name(), e);
      return FileOutcome.failed(ErrorCode.INTERNAL, "unexpected error: " + e);
    } finally {
      try {
        Files.deleteIfExists(file.path());
      } catch (IOException e) {
        LOG.warn("staged upload {} could not be deleted: {}", file.path(), e.toString());
      }
    }
  }
}
