package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.app.cli.EvalCommand;
import picocli.CommandLine;

/** The thin command: arguments in, the evaluation's report out, exit code 0; bad directories are usage errors. */
class EvalCommandTest {
  @TempDir Path gold;
  @TempDir Path pred;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new EvalCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private void files() throws IOException {
    Files.writeString(gold.resolve("2024_xa-p.gold.json"),
        "{\"document\": {\"planYear\": 2024}, \"legalBasis\": [\"5/KH-UBND\"]}", StandardCharsets.UTF_8);
    Files.writeString(pred.resolve("x.json"),
        TestJson.MAPPER.writeValueAsString(TestJson.emptyPlan("2024_xa-p.pdf")), StandardCharsets.UTF_8);
  }

  @Test
  void printsTheTextTableAndExitsZero() throws IOException {
    files();
    Run r = run("--gold", gold.toString(), "--pred", pred.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("legalBasis"), r.out());
    assertTrue(r.out().contains("missed legalBasis: 5/KH-UBND"), r.out());
  }

  @Test
  void printsJsonOnRequest() throws IOException {
    files();
    Run r = run("--gold", gold.toString(), "--pred", pred.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = TestJson.json(r.out());
    assertEquals(1, json.at("/total/parts/legalBasis/fn").asInt());
  }

  @Test
  void aMissingDirectoryIsAUsageError() {
    Run r = run("--gold", gold.resolve("nope").toString(), "--pred", pred.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--gold: not a directory"), r.err());
  }
}
