package org.kehoach.ingest;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;

/**
 * Turns what a parser threw (Tika, PDFBox, POI exceptions, often wrapped several times) into a {@link
 * PlanProcessingException} named by cause. Used by every reader so that the same cause gets the same
 * reason and wording whatever the format.
 */
final class ParseFailures {
  private ParseFailures() {}

  /**
   * @param format what the file was read as, for the message ("PDF", "DOCX")
   * @param failure what the parser threw
   * @param maxChars the character limit in force, quoted when it was the cause
   */
  static PlanProcessingException classify(String format, Throwable failure, int maxChars) {
    if (WriteLimitReachedException.isWriteLimitReached(failure)) {
      return new PlanProcessingException(
          FailureReason.TOO_LARGE,
          "the " + format + " text is longer than the limit of " + maxChars + " characters",
          failure);
    }
    if (Thread.currentThread().isInterrupted() || has(failure, InterruptedException.class)
        || has(failure, ClosedByInterruptException.class)
        || has(failure, InterruptedIOException.class)) {
      return new PlanProcessingException(
          FailureReason.TIMEOUT, "reading the " + format + " was stopped by the time limit", failure);
    }
    if (has(failure, EncryptedDocumentException.class)
        || has(failure, org.apache.poi.EncryptedDocumentException.class)
        || has(failure, InvalidPasswordException.class)) {
      return new PlanProcessingException(
          FailureReason.ENCRYPTED,
          "the " + format + " is password-protected (" + rootMessage(failure) + ")",
          failure);
    }
    return new PlanProcessingException(
        FailureReason.CORRUPT,
        "not a readable " + format + " file (truncated or damaged): " + rootMessage(failure),
        failure);
  }

  private static boolean has(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  /** The innermost cause's class and message: "IOException: Missing root object specification". */
  static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
