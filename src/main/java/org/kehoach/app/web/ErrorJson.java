package org.kehoach.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of every error: {@code {"code": "TOO_LARGE", "message": "<plain Vietnamese>", "detail": "<what was
 * found>"}}, plus {@code "file"} when one uploaded file failed.
 */
final class ErrorJson {
  private final ObjectMapper mapper;
  private final ErrorMessages messages;

  ErrorJson(ObjectMapper mapper, ErrorMessages messages) {
    this.mapper = mapper;
    this.messages = messages;
  }

  ObjectNode of(ErrorCode code, String detail) {
    ObjectNode o = mapper.createObjectNode();
    o.put("code", code.name());
    o.put("message", messages.of(code));
    if (detail != null) {
      o.put("detail", detail);
    }
    return o;
  }
}
