package org.kehoach.bench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child-process runner, with a shell standing in for kehoach (the parse arguments become the shell's unused
 * positional parameters): a child is killed with SIGKILL when the condition says so, and one that ends is left
 * to end with its own exit code.
 */
class ParseRunTest {
  @TempDir Path tmp;

  private static List<String> shell(String script) {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    return List.of("/bin/sh", "-c", script, "sh");
  }

  @Test
  void aChildIsKilledOnceTheConditionHolds() throws Exception {
    AtomicInteger polls = new AtomicInteger();
    ParseRun.Result r = new ParseRun(shell("sleep 60")).run(tmp.resolve("in"), tmp.resolve("out"), 1, false,
        tmp.resolve("log"), () -> polls.incrementAndGet() >= 3, 5);
    assertTrue(r.killed());
    assertFalse(r.timedOut());
    assertEquals(128 + 9, r.exitCode(), "SIGKILL");
    assertTrue(r.wallNanos() < TimeUnit.SECONDS.toNanos(30), "killed long before the sleep ended");
  }

  @Test
  void aChildThatEndsKeepsItsExitCodeAndItsOutputGoesToTheLog() throws Exception {
    ParseRun.Result r = new ParseRun(shell("echo \"$@\"; exit 3")).run(tmp.resolve("in"), tmp.resolve("out"),
        2, true, tmp.resolve("log"), () -> false, 5);
    assertFalse(r.killed());
    assertEquals(3, r.exitCode());
    assertEquals("parse " + tmp.resolve("in") + " --out " + tmp.resolve("out")
        + " --no-ocr --progress lines --threads 2 --resume", Files.readString(tmp.resolve("log")).strip());
  }
}
