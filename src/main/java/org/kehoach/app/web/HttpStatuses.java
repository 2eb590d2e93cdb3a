package org.kehoach.app.web;

import org.kehoach.ingest.FailureReason;

/**
 * The one place where outcomes become HTTP statuses (as GROBID maps its processing statuses). Document
 * failures are the client's document's fault (4xx) except where the server lacks something (OCR, 503) or
 * ran out of time (504); an I/O error on our side is a 500.
 */
public final class HttpStatuses {
  private HttpStatuses() {}

  public static int of(FailureReason reason) {
    return of(ErrorCode.of(reason));
  }

  public static int of(ErrorCode code) {
    return switch (code) {
      case BAD_REQUEST -> 400;
      case UNAUTHORIZED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case METHOD_NOT_ALLOWED -> 405;
      case TOO_LARGE, TOO_MANY_FILES -> 413;
      case UNSUPPORTED -> 415;
      case CORRUPT, ENCRYPTED, EMPTY, NOT_A_PLAN -> 422;
      case IO_ERROR, INTERNAL -> 500;
      case OCR_UNAVAILABLE, BUSY, INDEX_UNAVAILABLE -> 503;
      case TIMEOUT -> 504;
    };
  }

  /** The code of a status the web framework raised itself (a malformed request, say). */
  public static ErrorCode codeOf(int status) {
    return switch (status) {
      case 401 -> ErrorCode.UNAUTHORIZED;
      case 403 -> ErrorCode.FORBIDDEN;
      case 404 -> ErrorCode.NOT_FOUND;
      case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
      case 413 -> ErrorCode.TOO_LARGE;
      case 503 -> ErrorCode.BUSY;
      default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
    };
  }

  /** The status of a finished upload of one file that produced a plan. */
  public static int created() {
    return 201;
  }

  /** The status of an upload still running when the request's time limit passed: poll the job. */
  public static int accepted() {
    return 202;
  }
}
