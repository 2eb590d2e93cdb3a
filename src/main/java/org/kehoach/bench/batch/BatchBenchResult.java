package org.kehoach.bench.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * What one batch benchmark did and found.
 *
 * @param manifest the archive's files and expected outcomes
 * @param buildNanos building the archive
 * @param killAfter the number of outputs awaited before the kill
 * @param first the run that was killed
 * @param outputsAtKill outputs complete when it was killed
 * @param second the resumed run
 * @param report the resumed run's {@code report.json} (an empty object when it wrote none)
 * @param checks the verdicts
 * @param loadBefore the load average before the archive was built
 * @param launcher the command that ran kehoach
 * @param threads parse's {@code --threads}
 * @param work the scratch folder
 */
record BatchBenchResult(
    Manifest manifest,
    long buildNanos,
    long killAfter,
    ParseRun.Result first,
    int outputsAtKill,
    ParseRun.Result second,
    JsonNode report,
    List<Check> checks,
    double loadBefore,
    List<String> launcher,
    int threads,
    Path work) {
  BatchBenchResult {
    checks = List.copyOf(checks);
    launcher = List.copyOf(launcher);
  }

  boolean passed() {
    return checks.stream().allMatch(Check::passed);
  }
}
