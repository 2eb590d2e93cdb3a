package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and routing: which prediction is scored against which gold, and what is listed instead. */
class PlanEvaluatorTest {
  private static final String GOLD = """
      {'doc': '2024_xa-k', 'document': {'planYear': 2024}, 'deadlines': [{'date': '2024-06-30'}]}
      """;

  @TempDir Path gold;
  @TempDir Path pred;

  private final PlanEvaluator evaluator = new PlanEvaluator(TestJson.MAPPER);

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String plan(String source, int year) throws IOException {
    ObjectNode p = TestJson.emptyPlan(source);
    ((ObjectNode) p.get("document")).put("planYear", year);
    return TestJson.MAPPER.writeValueAsString(p);
  }

  @Test
  void predictionsAreRoutedBySourceFileUpToTheFirstDot() throws IOException {
    write(gold, "2024_xa-k.gold.json", TestJson.json(GOLD).toString());
    write(gold, "2023_xa-m.gold.json", "{\"doc\": \"2023_xa-m\"}");
    write(gold, "notes.json", "{}");
    write(pred, "a.json", plan("2024_xa-k.scan.pdf", 2024));
    write(pred, "b.json", plan("2024_xa-k.tcvn3.txt", 2023));
    write(pred, "c.json", plan("2022_phuong-n.docx", 2022));
    write(pred, "report.json", "{\"not\": \"a plan\"}");
    write(pred, "broken.json", "{\"source\": ");
    write(pred, "nosource.json", "{\"document\": {}}");
    write(pred, "readme.txt", "not json at all");

    EvalReport r = evaluator.evaluate(gold, pred);
    assertEquals(List.of("a.json", "b.json"), r.files().stream().map(FileResult::prediction).toList());
    assertTrue(r.files().stream().allMatch(f -> f.gold().equals("2024_xa-k")));
    assertEquals(new Accuracy(1, 2), r.metadata());
    assertEquals(new Counts(0, 0, 2), r.total(Part.DEADLINES));
    assertEquals(1, r.withoutGold().size());
    assertTrue(r.withoutGold().get(0).startsWith("c.json"), r.withoutGold().get(0));
    assertEquals(2, r.unreadable().size(), r.unreadable().toString());
    assertTrue(r.unreadable().get(0).startsWith("broken.json"), r.unreadable().toString());
    assertTrue(r.unreadable().get(1).startsWith("nosource.json"), r.unreadable().toString());
    assertEquals(List.of("2023_xa-m"), r.goldWithoutPrediction());
    // parts the gold does not annotate are not scored at all
    assertEquals(false, r.scored(Part.TARGETS));
  }

  @Test
  void predictionsInSubfoldersAreFoundAndNamedByTheirRelativePath() throws IOException {
    // the layout parse writes: outputs mirrored by input folder, report.json at the top, the index beside them
    write(gold, "2024_xa-k.gold.json", TestJson.json(GOLD).toString());
    write(gold, "2023_xa-m.gold.json", "{\"doc\": \"2023_xa-m\"}");
    Files.createDirectories(pred.resolve("2024/huyen-a"));
    Files.createDirectories(pred.resolve("2024/huyen-b"));
    Files.createDirectories(pred.resolve("index"));
    Files.createDirectories(pred.resolve(".cache"));
    write(pred, "report.json", "{\"files\": {\"total\": 3}}");
    write(pred, "2024/huyen-a/kh.pdf.json", plan("2024_xa-k.pdf", 2024));
    write(pred, "2024/huyen-b/kh.pdf.json", plan("2024_xa-k.docx", 2024));
    write(pred, "2024/huyen-b/.kh.txt.json123.tmp", "{\"source\": ");
    write(pred, "2024/huyen-b/.kh.txt.json", plan("2023_xa-m.txt", 2023));
    write(pred, ".cache/old.json", plan("2023_xa-m.txt", 2023));
    write(pred, "index/segments_1", "not json");
    write(pred, "top.json", plan("2023_xa-m.doc", 2023));

    EvalReport r = evaluator.evaluate(gold, pred);
    assertEquals(List.of("2024/huyen-a/kh.pdf.json", "2024/huyen-b/kh.pdf.json", "top.json"),
        r.files().stream().map(FileResult::prediction).toList());
    assertEquals(List.of(), r.unreadable());
    assertEquals(List.of(), r.goldWithoutPrediction());
  }

  @Test
  void aGoldWhoseDocNamesAnotherDocumentIsRejected() throws IOException {
    write(gold, "2024_xa-k.gold.json", "{\"doc\": \"2024_xa-q\"}");
    IOException e = assertThrows(IOException.class, () -> evaluator.evaluate(gold, pred));
    assertTrue(e.getMessage().contains("2024_xa-q"), e.getMessage());
  }

  @Test
  void aMalformedGoldItemNamesTheFileAndTheItem() throws IOException {
    write(gold, "2024_xa-k.gold.json", "{\"targets\": [{\"unit\": \"percent\"}]}");
    write(pred, "a.json", plan("2024_xa-k.pdf", 2024));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(gold, pred));
    assertTrue(e.getMessage().startsWith("gold 2024_xa-k.gold.json: targets[0].value"), e.getMessage());
  }

  @Test
  void reportsRenderAsTextAndJson() throws IOException {
    write(gold, "2024_xa-k.gold.json", TestJson.json(GOLD).toString());
    write(pred, "a.json", plan("2024_xa-k.pdf", 2023));
    EvalReport r = evaluator.evaluate(gold, pred);
    String text = new TextReport(false).render(r);
    assertTrue(text.contains("deadlines"), text);
    assertTrue(text.contains("missed deadlines: 2024-06-30"), text);
    assertTrue(text.contains("wrong document.planYear: expected 2024, got 2023"), text);
    var json = new JsonReport(TestJson.MAPPER).render(r);
    assertEquals(0.0, json.at("/total/parts/deadlines/recall").asDouble(-1));
    assertTrue(json.at("/total/parts/deadlines/precision").isNull());
    assertEquals(0, json.at("/total/metadata/correct").asInt(-1));
    assertEquals("2024-06-30", json.at("/files/0/parts/deadlines/missed/0").asText());
  }
}
