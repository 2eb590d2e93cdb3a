package org.kehoach.app.web;

import org.kehoach.ingest.FailureReason;

/**
 * The stable {@code code} of every error the web API returns. The names of {@link FailureReason} appear
 * unchanged (a document that failed in the pipeline), followed by the HTTP-level ones. Clients may switch
 * on these names; {@link HttpStatuses} maps each to its status.
 */
public enum ErrorCode {
  CORRUPT,
  ENCRYPTED,
  EMPTY,
  UNSUPPORTED,
  TIMEOUT,
  OCR_UNAVAILABLE,
  TOO_LARGE,
  NOT_A_PLAN,
  IO_ERROR,
  /** The request is malformed: a missing part, a bad parameter. */
  BAD_REQUEST,
  /** A write endpoint was called without the configured bearer token, or with a wrong one. */
  UNAUTHORIZED,
  /** A write request came from a page of another origin. */
  FORBIDDEN,
  /** No such plan, job or page. */
  NOT_FOUND,
  /** The route exists but not for this HTTP method. */
  METHOD_NOT_ALLOWED,
  /** More files in one request than allowed. */
  TOO_MANY_FILES,
  /** The upload queue is full; try again later. */
  BUSY,
  /** The search index cannot be read (missing, locked or damaged). */
  INDEX_UNAVAILABLE,
  /** An unexpected server error. */
  INTERNAL;

  /** The code of a pipeline failure: the same name. */
  public static ErrorCode of(FailureReason reason) {
    return valueOf(reason.name());
  }
}
