package org.kehoach.bench.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kehoach.pipeline.batch.BatchReport;
import org.kehoach.pipeline.batch.Phase;

/** The benchmark's tables: the index phases, the per-format comparison with Tika, cold starts per format. */
class ThroughputTableTest {
  @Test
  void formatTimesAreSummedByExtension() {
    FormatTimes t = new FormatTimes();
    t.add(Path.of("copy-01/a.pdf"), 30_000_000);
    t.add(Path.of("copy-02/a.PDF"), 10_000_000);
    t.add(Path.of("copy-01/b.tcvn3.txt"), 5_000_000);
    assertEquals(Map.of("pdf", new FormatTimes.Total(2, 40_000_000), "txt", new FormatTimes.Total(1, 5_000_000)),
        t.totals());
    assertEquals(20.0, t.totals().get("pdf").millisPerFile(), 1e-9);
  }

  @Test
  void theTablesShowTheIndexPhasesTheFormatsAgainstTikaAndColdStartsPerFormat() {
    Map<Phase, BatchReport.PhaseTotal> phases = new EnumMap<>(Phase.class);
    phases.put(Phase.READ, new BatchReport.PhaseTotal(Duration.ofMillis(400), 4));
    phases.put(Phase.SINK, new BatchReport.PhaseTotal(Duration.ofMillis(80), 4));
    phases.put(Phase.COMMIT, new BatchReport.PhaseTotal(Duration.ofMillis(40), 1));
    BatchReport report = new BatchReport(Instant.EPOCH, Duration.ofMillis(1000), 2, Duration.ofMinutes(10), 4, 4, 0,
        List.of(), Map.of(), Map.of(), phases, 0);
    TikaBaseline.Pass tika = new TikaBaseline.Pass(500_000_000L, 4, 0, 1000,
        Map.of("pdf", new FormatTimes.Total(2, 50_000_000), "txt", new FormatTimes.Total(2, 20_000_000)));
    ColdStart.Results cold = new ColdStart.Results(
        Map.of("pdf", List.of(new ColdStart.Run(2_500_000_000L, 300 * 1024, 0))), Map.of(), null);
    ThroughputResult r = new ThroughputResult(4, 2, 1, 1_000_000_000L, report,
        Map.of("pdf", new FormatTimes.Total(2, 100_000_000), "txt", new FormatTimes.Total(2, 60_000_000)),
        Map.of("pdf", new FormatTimes.Total(2, 40_000_000), "txt", new FormatTimes.Total(2, 10_000_000)),
        tika, null, cold, 1.0, 2.0, 1 << 20, 2048, List.of());
    String table = ThroughputTable.render(r);
    assertTrue(table.contains("| index (each plan added to Lucene) | 0.08 | 20.0 | 50.0 |"), table);
    assertTrue(table.contains("| index commit (once per run) | 0.04 | 10.0 | – |"), table);
    assertFalse(table.contains("not measured"), table);
    assertTrue(table.contains("Pipeline / Tika: **2.00×**"), table);
    assertTrue(table.contains("| pdf | 2 | 50.0 | 20.0 | 25.0 | 2.00× |"), table);
    assertTrue(table.contains("| txt | 2 | 30.0 | 5.0 | 10.0 | 3.00× |"), table);
    assertTrue(table.contains("| new JVM | 2.50 (2.50–2.50) | 300 MiB |"), table);
  }
}
