package org.kehoach.pipeline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one-line description of an unexpected exception in a failure record. */
class InternalErrorsTest {
  private static StackTraceElement frame(String cls, String method, int line) {
    return new StackTraceElement(cls, method, cls.substring(cls.lastIndexOf('.') + 1) + ".java", line);
  }

  @Test
  void aLibraryExceptionNamesTheThrowingFrameAndTheInnermostFrameOfOurCode() {
    RuntimeException e = new IllegalArgumentException("bad rule");
    e.setStackTrace(new StackTraceElement[] {
        frame("edu.stanford.nlp.ling.tokensregex.Env", "get", 88),
        frame("edu.stanford.nlp.ling.tokensregex.Rules", "run", 12),
        frame("org.kehoach.extract.DeadlineRules", "match", 61),
        frame("org.kehoach.extract.PlanExtractor", "extract", 140)});
    assertEquals("unexpected java.lang.IllegalArgumentException: bad rule at"
        + " edu.stanford.nlp.ling.tokensregex.Env.get(Env.java:88), in"
        + " org.kehoach.extract.DeadlineRules.match(DeadlineRules.java:61)", InternalErrors.describe(e));
  }

  @Test
  void anExceptionOfOurOwnCodeNamesOneFrameAndAMissingMessageIsLeftOut() {
    RuntimeException e = new NullPointerException();
    e.setStackTrace(new StackTraceElement[] {frame("org.kehoach.structure.Segmenter", "segment", 7)});
    assertEquals("unexpected java.lang.NullPointerException at"
        + " org.kehoach.structure.Segmenter.segment(Segmenter.java:7)", InternalErrors.describe(e));
  }

  @Test
  void aLongMessageIsCutAndFoldedToOneLineAndAMissingTraceIsSaid() {
    RuntimeException e = new IllegalStateException("dòng một\n\tdòng hai " + "x".repeat(1000));
    e.setStackTrace(new StackTraceElement[0]);
    String d = InternalErrors.describe(e);
    assertTrue(d.startsWith("unexpected java.lang.IllegalStateException: dòng một dòng hai xxx"), d);
    assertTrue(d.endsWith("… (no stack trace)"), d);
    assertTrue(d.length() < InternalErrors.MAX_MESSAGE + 80, d);
  }

  @Test
  void anErrorOutcomeCarriesTheInternalCode() {
    FileOutcome o = FileOutcome.error(java.nio.file.Path.of("in/x.pdf"), new IllegalStateException("boom"));
    assertEquals(FileOutcome.Status.ERROR, o.status());
    assertEquals("INTERNAL", o.code());
    assertTrue(o.failureLine().startsWith("in/x.pdf: INTERNAL: unexpected java.lang.IllegalStateException: boom at "),
        o.failureLine());
  }
}
