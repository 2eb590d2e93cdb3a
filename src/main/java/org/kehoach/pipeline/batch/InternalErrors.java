package org.kehoach.pipeline.batch;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Describes an unexpected exception for the failure record of the file it broke (code
 * {@link FileOutcome#INTERNAL}): its class, its message and where it was thrown, so the one line in
 * {@code report.json} is enough to find the defect without a stack trace.
 *
 * <p>The form is {@code unexpected CLASS: MESSAGE at FRAME}, followed by {@code , in FRAME} naming the
 * innermost frame of this project's code when the exception was thrown inside a library, for example
 * {@code unexpected java.lang.IllegalStateException: no rule at
 * edu.stanford.nlp.ling.tokensregex.Env.get(Env.java:88), in
 * org.kehoach.extract.DeadlineExtractor.extract(DeadlineExtractor.java:61)}.
 */
final class InternalErrors {
  /** The package prefix of this project's code. */
  private static final String OURS = "org.kehoach.";
  /** Longest exception message kept: a message can quote a whole document. */
  static final int MAX_MESSAGE = 300;
  /** Runs of white space, line breaks included, folded to one space: "a\n  b" → "a b". */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private InternalErrors() {}

  static String describe(Throwable t) {
    Objects.requireNonNull(t, "t");
    StringBuilder sb = new StringBuilder("unexpected ").append(t.getClass().getName());
    String message = t.getMessage();
    if (message != null && !message.isBlank()) {
      String oneLine = SPACES.matcher(message.strip()).replaceAll(" ");
      sb.append(": ").append(oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…");
    }
    StackTraceElement[] frames = t.getStackTrace();
    if (frames.length == 0) {
      return sb.append(" (no stack trace)").toString();
    }
    sb.append(" at ").append(frames[0]);
    if (!frames[0].getClassName().startsWith(OURS)) {
      for (StackTraceElement f : frames) {
        if (f.getClassName().startsWith(OURS)) {
          sb.append(", in ").append(f);
          break;
        }
      }
    }
    return sb.toString();
  }
}
