package org.kehoach.pipeline.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the outcomes of a running batch into counts; only failures are kept one by one, so memory grows
 * with the number of failed files, never with the number of parsed ones. Thread-safe (synchronised: one
 * short update per file).
 */
final class BatchTally {
  private long parsed;
  private long skipped;
  private long failedCount;
  private final List<BatchReport.Failure> failures = new ArrayList<>();
  private final Map<String, Long> failedByCode = new TreeMap<>();
  private final Map<String, Long> warningsByCode = new TreeMap<>();

  synchronized void add(FileOutcome o) {
    switch (o.status()) {
      case PARSED -> {
        parsed++;
        o.warnings().forEach(code -> warningsByCode.merge(code, 1L, Long::sum));
      }
      case SKIPPED -> skipped++;
      case FAILED, ERROR -> {
        failedCount++;
        failures.add(new BatchReport.Failure(o.file().toString(), o.code(), o.message()));
        failedByCode.merge(o.code(), 1L, Long::sum);
      }
    }
  }

  synchronized long done() {
    return parsed + skipped + failedCount;
  }

  synchronized long failed() {
    return failedCount;
  }

  synchronized long skipped() {
    return skipped;
  }

  synchronized BatchReport report(Instant started, Duration wall, int threads, Duration timeout, long total,
      PhaseTimes times, long abandoned) {
    Map<Phase, BatchReport.PhaseTotal> phases = new EnumMap<>(Phase.class);
    for (Phase p : Phase.values()) {
      phases.put(p, new BatchReport.PhaseTotal(times.total(p), times.count(p)));
    }
    return new BatchReport(started, wall, threads, timeout, total, parsed, skipped, failures, failedByCode,
        warningsByCode, phases, abandoned);
  }
}
