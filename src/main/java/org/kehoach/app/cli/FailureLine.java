package org.kehoach.app.cli;

import java.nio.file.Path;
import org.kehoach.ingest.PlanProcessingException;

/** The one line a failed file gets: "FILE: REASON: what was found". */
final class FailureLine {
  private FailureLine() {}

  static String of(Path file, PlanProcessingException e) {
    return file + ": " + e.reason() + ": " + e.getMessage();
  }
}
