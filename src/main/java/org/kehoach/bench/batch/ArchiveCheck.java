package org.kehoach.bench.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kehoach.index.PlanIndex;

/**
 * Checks a killed-and-resumed parse of a generated archive against its {@link Manifest}: every input has its
 * expected outcome (an output for the good ones, one failure record with the expected code for the broken
 * ones), nothing is lost or extra, the report's figures add up, the exit code reports the failures, the outputs
 * finished before the kill were not written again, no temporary file is left, and the index holds every output.
 */
final class ArchiveCheck {
  /** Wrong items quoted in a failed check's detail. */
  private static final int QUOTED = 8;

  private final Manifest manifest;
  private final Path in;
  private final Path out;
  private final ObjectMapper mapper;

  ArchiveCheck(Manifest manifest, Path in, Path out, ObjectMapper mapper) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.in = in.toAbsolutePath().normalize();
    this.out = Objects.requireNonNull(out, "out");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /**
   * All checks.
   *
   * @param atKill the outputs when the first run was killed
   * @param report the resumed run's {@code report.json}
   * @param exitCode the resumed run's exit code
   */
  List<Check> run(Map<String, OutputFiles.State> atKill, JsonNode report, int exitCode) throws IOException {
    Map<String, OutputFiles.State> now = OutputFiles.snapshot(out);
    long good = manifest.parsedCount();
    long broken = manifest.files().size() - good;
    List<Check> checks = new ArrayList<>();
    checks.add(new Check("killed half-way", !atKill.isEmpty() && atKill.size() < good,
        atKill.size() + " of " + good + " outputs written when the first run was killed"));
    checks.add(counts(report, atKill.size(), good, broken));
    checks.add(new Check("exit code reports the failures", exitCode == (broken > 0 ? 1 : 0),
        "exit code " + exitCode + " with " + broken + " failures (1 = some files failed)"));
    checks.add(accounted(report, now));
    checks.add(notRedone(atKill, now));
    long tmp = OutputFiles.temporaryFiles(out);
    checks.add(new Check("no temporary file left", tmp == 0, tmp + " temporary files under " + out));
    checks.add(indexed(now.keySet()));
    return checks;
  }

  private static Check counts(JsonNode report, int atKill, long good, long broken) {
    JsonNode f = report.path("files");
    long total = f.path("total").asLong(-1);
    long parsed = f.path("parsed").asLong(-1);
    long skipped = f.path("skipped").asLong(-1);
    long failed = f.path("failed").asLong(-1);
    boolean ok = total == good + broken && skipped == atKill && parsed == good - atKill && failed == broken
        && report.path("failures").size() == broken;
    return new Check("report figures", ok, String.format(java.util.Locale.ROOT,
        "total %d (expected %d), skipped %d (expected the %d finished before the kill), parsed %d (expected %d),"
            + " failed %d with %d failure records (expected %d)",
        total, good + broken, skipped, atKill, parsed, good - atKill, failed, report.path("failures").size(),
        broken));
  }

  /** Every input has exactly its expected outcome, and there is no output or failure of anything else. */
  private Check accounted(JsonNode report, Map<String, OutputFiles.State> outputs) {
    Map<String, List<String>> failures = new HashMap<>();
    for (JsonNode f : report.path("failures")) {
      String file = Path.of(f.path("file").asText()).toAbsolutePath().normalize().toString();
      failures.computeIfAbsent(file, k -> new ArrayList<>()).add(f.path("code").asText());
    }
    Set<String> expectedOutputs = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    Map<String, Long> codes = new TreeMap<>();
    for (ArchiveFile a : manifest.files()) {
      String input = in.resolve(a.path()).toString();
      List<String> failed = failures.remove(input);
      if (a.parsed()) {
        expectedOutputs.add(a.path() + ".json");
        boolean written = outputs.containsKey(a.path() + ".json")
            && Files.isRegularFile(out.resolve(a.path() + ".txt"));
        if (!written || failed != null) {
          wrong.add(a.path() + " (" + a.kind() + "): expected an output, got " + (failed != null ? failed : "none"));
        }
      } else if (failed == null || !failed.equals(List.of(a.expected()))) {
        wrong.add(a.path() + " (" + a.kind() + "): expected one " + a.expected() + " failure, got "
            + (failed == null ? "none" : failed));
      } else {
        codes.merge(a.expected(), 1L, Long::sum);
      }
    }
    failures.keySet().forEach(f -> wrong.add("a failure record for " + f + ", which is no input"));
    outputs.keySet().stream().filter(o -> !expectedOutputs.contains(o))
        .forEach(o -> wrong.add("an output " + o + " of no input"));
    String detail = wrong.isEmpty()
        ? manifest.files().size() + " inputs: " + expectedOutputs.size() + " outputs, failures as expected " + codes
        : wrong.size() + " wrong: " + String.join("; ", wrong.subList(0, Math.min(QUOTED, wrong.size())));
    return new Check("every input accounted for", wrong.isEmpty(), detail);
  }

  private static Check notRedone(Map<String, OutputFiles.State> atKill, Map<String, OutputFiles.State> now) {
    List<String> redone = new ArrayList<>();
    atKill.forEach((path, state) -> {
      if (!state.equals(now.get(path))) {
        redone.add(path);
      }
    });
    String detail = redone.isEmpty()
        ? atKill.size() + " outputs finished before the kill kept their inode and modification time"
        : redone.size() + " written again: " + String.join(", ", redone.subList(0, Math.min(QUOTED, redone.size())));
    return new Check("finished files not redone", redone.isEmpty(), detail);
  }

  /** The index in the output folder holds the sha256 of every output. */
  private Check indexed(Set<String> outputs) throws IOException {
    Set<String> shas = new TreeSet<>();
    for (String o : outputs) {
      shas.add(mapper.readTree(out.resolve(o).toFile()).path("source").path("sha256").asText());
    }
    Path dir = out.resolve(OutputFiles.INDEX);
    if (!Files.isDirectory(dir)) {
      return new Check("index holds every output", false, "no index at " + dir);
    }
    try (PlanIndex index = PlanIndex.open(dir)) {
      List<String> missing = shas.stream().filter(s -> !index.contains(s)).toList();
      return new Check("index holds every output", missing.isEmpty() && index.sourceCount() == shas.size(),
          index.sourceCount() + " files indexed for " + shas.size() + " distinct sha256 among " + outputs.size()
              + " outputs; " + missing.size() + " missing");
    }
  }
}
