package org.kehoach.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Writes JSON bodies and error bodies, with statuses from {@link HttpStatuses}. */
final class Responses {
  static final String JSON = "application/json; charset=utf-8";

  private final WebJson json;
  private final ErrorJson errors;

  Responses(WebJson json, ErrorJson errors) {
    this.json = json;
    this.errors = errors;
  }

  void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType(JSON).result(json.bytes(body));
  }

  void error(Context ctx, ErrorCode code, String detail) {
    error(ctx, code, detail, null);
  }

  void error(Context ctx, ErrorCode code, String detail, String file) {
    ObjectNode body = errors.of(code, detail);
    if (file != null) {
      body.put("file", file);
    }
    json(ctx, HttpStatuses.of(code), body);
  }
}
