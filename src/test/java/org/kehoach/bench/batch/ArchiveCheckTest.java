package org.kehoach.bench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdicts on a killed and resumed parse, on hand-made output folders: each check can fail. */
class ArchiveCheckTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;
  private Path in;
  private Path out;
  private Manifest manifest;
  private Map<String, OutputFiles.State> atKill;

  @BeforeEach
  void aResumedRunThatDidEverythingRight() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    manifest = new Manifest(List.of(
        new ArchiveFile("a/x.txt", ArchiveFile.PARSED, "x.txt"),
        new ArchiveFile("a/y.pdf", ArchiveFile.PARSED, "y.pdf"),
        new ArchiveFile("b/z.txt", ArchiveFile.PARSED, "z.txt"),
        new ArchiveFile("b/e.pdf", "EMPTY", "ZERO_BYTES"),
        new ArchiveFile("b/r.txt", "UNSUPPORTED", "RANDOM_BYTES")));
    output("a/x.txt", "11");
    output("a/y.pdf", "22");
    atKill = OutputFiles.snapshot(out);
    output("b/z.txt", "33");
  }

  private void output(String input, String sha) throws IOException {
    Path json = out.resolve(input + ".json");
    Files.createDirectories(json.getParent());
    Files.writeString(json, "{\"source\": {\"sha256\": \"" + sha + "\"}}", StandardCharsets.UTF_8);
    Files.writeString(out.resolve(input + ".txt"), "KẾ HOẠCH", StandardCharsets.UTF_8);
  }

  private ObjectNode report(String emptyCode) {
    ObjectNode r = MAPPER.createObjectNode();
    ObjectNode files = r.putObject("files");
    files.put("total", 5).put("parsed", 1).put("skipped", 2).put("failed", 2);
    r.putArray("failures")
        .add(MAPPER.createObjectNode().put("file", in.resolve("b/e.pdf").toString()).put("code", emptyCode))
        .add(MAPPER.createObjectNode().put("file", in.resolve("b/r.txt").toString()).put("code", "UNSUPPORTED"));
    return r;
  }

  private Map<String, Boolean> verdicts(ObjectNode report, int exitCode) throws IOException {
    Map<String, Boolean> v = new TreeMap<>();
    for (Check c : new ArchiveCheck(manifest, in, out, MAPPER).run(atKill, report, exitCode)) {
      v.put(c.name(), c.passed());
    }
    return v;
  }

  @Test
  void aCorrectRunPassesEveryCheckButTheIndexWhenThereIsNone() throws IOException {
    Map<String, Boolean> v = verdicts(report("EMPTY"), 1);
    assertEquals(false, v.remove("index holds every output"));
    assertEquals(Map.of("killed half-way", true, "report figures", true, "exit code reports the failures", true,
        "every input accounted for", true, "finished files not redone", true, "no temporary file left", true), v);
  }

  @Test
  void aWrongCodeALostOutputARewriteALeftoverAndASilentExitAreEachCaught() throws IOException {
    assertEquals(false, verdicts(report("CORRUPT"), 1).get("every input accounted for"));
    assertEquals(false, verdicts(report("EMPTY"), 0).get("exit code reports the failures"));

    Path x = out.resolve("a/x.txt.json");
    Path again = Files.writeString(out.resolve("a/.x.txt.json1.tmp"), "{}", StandardCharsets.UTF_8);
    Map<String, Boolean> v = verdicts(report("EMPTY"), 1);
    assertEquals(false, v.get("no temporary file left"));
    Files.move(again, x, StandardCopyOption.REPLACE_EXISTING); // written again by temporary file and rename
    v = verdicts(report("EMPTY"), 1);
    assertEquals(false, v.get("finished files not redone"));
    assertEquals(true, v.get("no temporary file left"));

    Files.delete(out.resolve("b/z.txt.txt"));
    assertEquals(false, verdicts(report("EMPTY"), 1).get("every input accounted for"), "an output without its text");
  }

  @Test
  void anOutputOfNoInputAndAFailureOfNoInputAreCaught() throws IOException {
    output("c/stray.txt", "44");
    assertEquals(false, verdicts(report("EMPTY"), 1).get("every input accounted for"));
    Files.delete(out.resolve("c/stray.txt.json"));
    ObjectNode r = report("EMPTY");
    r.withArray("failures").add(MAPPER.createObjectNode().put("file", in.resolve("c/ghost.pdf").toString())
        .put("code", "CORRUPT"));
    assertEquals(false, verdicts(r, 1).get("every input accounted for"));
  }

  @Test
  void reportFiguresMustAddUpToTheKill() throws IOException {
    ObjectNode r = report("EMPTY");
    ((ObjectNode) r.get("files")).put("skipped", 0).put("parsed", 3);
    Map<String, Boolean> v = verdicts(r, 1);
    assertEquals(false, v.get("report figures"), "files finished before the kill were parsed again");
    assertTrue(v.get("every input accounted for"));
  }
}
