package org.kehoach.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /api/plans} and {@code GET /api/jobs/{id}}. Each part named {@code file} is copied under a
 * generated name into the staging folder (at most {@link WebConfig#maxUploadBytes()} bytes, counted while
 * copying) and queued. By default the request then waits for the result, at most
 * {@link WebConfig#requestTimeout()}: one file answers 201 with its plan JSON or its error with the status of
 * its code; several files answer 200 with the job; a job still running answers 202 with the job to poll.
 * With {@code ?async=true} it answers 202 with the job at once (the upload page does this).
 */
final class UploadHandler {
  private static final int COPY_BUFFER = 1 << 16;

  private final WebConfig config;
  private final UploadJobs jobs;
  private final PlanStore store;
  private final Responses responses;
  private final JobJson jobJson;

  UploadHandler(WebConfig config, UploadJobs jobs, PlanStore store, Responses responses, JobJson jobJson) {
    this.config = config;
    this.jobs = jobs;
    this.store = store;
    this.responses = responses;
    this.jobJson = jobJson;
  }

  void post(Context ctx) throws IOException, InterruptedException {
    if (!ctx.isMultipartFormData()) {
      throw new ApiException(ErrorCode.BAD_REQUEST,
          "expected a multipart/form-data body with parts named 'file', found Content-Type " + ctx.contentType());
    }
    List<UploadedFile> parts = parts(ctx);
    if (parts.isEmpty()) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "the form has no part named 'file'");
    }
    if (parts.size() > config.maxFiles()) {
      throw new ApiException(ErrorCode.TOO_MANY_FILES,
          "the request holds " + parts.size() + " files, more than the limit of " + config.maxFiles());
    }
    List<StagedFile> staged = stage(parts);
    UploadJob job;
    try {
      job = jobs.submit(staged);
    } catch (ApiException e) {
      staged.forEach(UploadHandler::deleteQuietly);
      throw e;
    }
    ctx.header("Location", "/api/jobs/" + job.id());
    if ("true".equalsIgnoreCase(ctx.queryParam("async"))) {
      responses.json(ctx, HttpStatuses.accepted(), jobJson.of(job));
      return;
    }
    try {
      job.done().get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      responses.json(ctx, HttpStatuses.accepted(), jobJson.of(job));
      return;
    } catch (ExecutionException e) {
      throw new IllegalStateException("an upload job failed outside its outcome", e.getCause());
    }
    if (job.files().size() > 1) {
      responses.json(ctx, 200, jobJson.of(job));
      return;
    }
    UploadJob.Entry only = job.files().get(0);
    FileOutcome out = only.outcome();
    if (!out.ok()) {
      responses.error(ctx, out.error(), out.detail(), only.file().name());
      return;
    }
    JsonNode plan = store.json(out.planId()).orElseThrow(
        () -> new ApiException(ErrorCode.IO_ERROR, "the plan " + out.planId() + " was stored but cannot be read"));
    ctx.header("Location", "/api/plans/" + JobJson.encode(out.planId()));
    ctx.header("X-Plan-Id", JobJson.encode(out.planId()));
    responses.json(ctx, HttpStatuses.created(), plan);
  }

  void status(Context ctx) {
    UploadJob job = jobs.get(ctx.pathParam("id")).orElseThrow(
        () -> new ApiException(ErrorCode.NOT_FOUND, "no upload job " + ctx.pathParam("id")
            + " (jobs are kept for an hour after they finish)"));
    responses.json(ctx, 200, jobJson.of(job));
  }

  /** The parts named "file"; Jetty's own size checks surface here as exceptions. */
  private List<UploadedFile> parts(Context ctx) {
    try {
      return ctx.uploadedFiles("file");
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("exceeds max")) {
          throw new ApiException(ErrorCode.TOO_LARGE, "a file is larger than the limit of "
              + config.maxUploadBytes() + " bytes per file (" + t.getMessage() + ")");
        }
      }
      throw new ApiException(ErrorCode.BAD_REQUEST, "the multipart body could not be read: " + e.getMessage());
    }
  }

  private List<StagedFile> stage(List<UploadedFile> parts) throws IOException {
    Path dir = config.stagingDir();
    Files.createDirectories(dir);
    List<StagedFile> staged = new ArrayList<>();
    try {
      for (UploadedFile part : parts) {
        // the client's name is only sanitised for display; the bytes go under a generated name
        Path target = dir.resolve(jobs.newId() + ".upload");
        long size = copyBounded(part, target);
        staged.add(new StagedFile(target, FileNames.sanitize(part.filename()), size));
      }
    } catch (IOException | RuntimeException e) {
      staged.forEach(UploadHandler::deleteQuietly);
      throw e;
    }
    return staged;
  }

  private long copyBounded(UploadedFile part, Path target) throws IOException {
    long total = 0;
    try (InputStream in = part.content();
        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buf = new byte[COPY_BUFFER];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        total += n;
        if (total > config.maxUploadBytes()) {
          throw new ApiException(ErrorCode.TOO_LARGE, "'" + FileNames.sanitize(part.filename())
              + "' is larger than the limit of " + config.maxUploadBytes() + " bytes per file");
        }
        out.write(buf, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(target);
      throw e;
    }
    return total;
  }

  private static void deleteQuietly(StagedFile f) {
    try {
      Files.deleteIfExists(f.path());
    } catch (IOException ignored) {
      // removed with the staging folder's leftovers when the server starts next
    }
  }
}
