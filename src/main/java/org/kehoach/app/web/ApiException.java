package org.kehoach.app.web;

import java.util.Objects;

/**
 * A request that ends in an error response: a stable {@link ErrorCode} and a message saying what was
 * expected and what was found. Thrown by handlers and turned into JSON by one exception handler.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public ApiException(ErrorCode code, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }
}
