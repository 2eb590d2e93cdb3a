package org.kehoach.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An upload job as JSON: {@code {"jobId", "state": "RUNNING"|"DONE", "files": [{"name", "size", "state",
 * "seconds", "planId", "planUrl", "targets", "ocr", "error": {...}}]}}.
 */
final class JobJson {
  private final ObjectMapper mapper;
  private final ErrorJson errors;

  JobJson(ObjectMapper mapper, ErrorJson errors) {
    this.mapper = mapper;
    this.errors = errors;
  }

  ObjectNode of(UploadJob job) {
    ObjectNode o = mapper.createObjectNode();
    o.put("jobId", job.id());
    o.put("state", job.finished() ? "DONE" : "RUNNING");
    o.put("statusUrl", "/api/jobs/" + job.id());
    ArrayNode files = o.putArray("files");
    for (UploadJob.Entry e : job.files()) {
      ObjectNode f = files.addObject();
      f.put("name", e.file().name());
      f.put("size", e.file().size());
      f.put("state", e.state().name());
      f.put("seconds", e.elapsed().toMillis() / 1000.0);
      FileOutcome out = e.outcome();
      if (out != null && out.ok()) {
        f.put("planId", out.planId());
        f.put("planUrl", "/plans/" + encode(out.planId()));
        f.put("apiUrl", "/api/plans/" + encode(out.planId()));
        f.put("targets", out.targets());
        f.put("ocr", out.ocr());
      } else if (out != null) {
        f.set("error", errors.of(out.error(), out.detail()));
      }
    }
    return o;
  }

  /** A path segment: spaces and non-ASCII percent-encoded (form encoding's "+" is not valid in a path). */
  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
