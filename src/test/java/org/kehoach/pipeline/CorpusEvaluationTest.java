package org.kehoach.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.eval.EvalReport;
import org.kehoach.eval.Part;
import org.kehoach.eval.PlanEvaluator;
import org.kehoach.eval.SchemaValidator;
import org.kehoach.eval.TextReport;
import org.kehoach.index.PlanJsonReader;
import org.kehoach.index.PlanModelReader;
import org.kehoach.ingest.ocr.TesseractOcr;
import org.kehoach.model.Plan;

/**
 * The end-to-end quality bars of the extraction: parse the sample corpus, validate every output against
 * the JSON schema, and score it against the gold annotations with the evaluation command's rules. On the way,
 * what the index takes of each plan straight from the model (its record, its compact JSON) must be what it
 * would take from the JSON written.
 */
class CorpusEvaluationTest {
  private static final Path CORPUS = Path.of(System.getProperty("kehoach.corpus", "corpus"));
  private static final Path GOLD = Path.of(System.getProperty("kehoach.gold", "src/test/resources/gold"));
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static PlanPipeline pipeline;

  @BeforeAll
  static void open() {
    pipeline = new PlanPipeline(PipelineConfig.defaults());
  }

  @AfterAll
  static void close() {
    pipeline.close();
  }

  private static List<Path> corpus(String suffix) throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      return s.filter(p -> p.getFileName().toString().matches("\\d{4}_[a-z-]+" + suffix.replace(".", "\\.")))
          .sorted().toList();
    }
  }

  private static EvalReport parseAndScore(List<Path> files, Path out) throws Exception {
    OutputWriter writer = new OutputWriter(out, MAPPER);
    SchemaValidator schema = new SchemaValidator(MAPPER);
    PlanJson planJson = new PlanJson(MAPPER);
    for (Path f : files) {
      Plan plan = pipeline.parse(f);
      Path json = writer.write(plan);
      JsonNode node = MAPPER.readTree(json.toFile());
      List<String> violations = schema.validate(node);
      assertEquals(List.of(), violations, f + " violates the schema");
      assertEquals(new PlanJsonReader().read(node), new PlanModelReader().read(plan), f + ": index record");
      assertArrayEquals(MAPPER.writeValueAsBytes(node), planJson.compact(plan), f + ": JSON the index stores");
      assertArrayEquals(planJson.compact(plan), PlanJson.compactOf(Files.readAllBytes(json)),
          f + ": compact JSON taken from the file");
      assertSpansInside(node, plan.text().length(), f);
    }
    EvalReport report = new PlanEvaluator(MAPPER).evaluate(GOLD, out);
    System.out.println(new TextReport(false).render(report));
    return report;
  }

  private static void assertSpansInside(JsonNode node, int length, Path f) {
    List<JsonNode> spans = new ArrayList<>();
    collectSpans(node, spans);
    for (JsonNode s : spans) {
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      assertTrue(0 <= start && start <= end && end <= length, f + ": span " + s + " outside text of length " + length);
    }
  }

  private static void collectSpans(JsonNode n, List<JsonNode> out) {
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        if ((e.getKey().equals("span")) && e.getValue().isObject()) {
          out.add(e.getValue());
        } else if (e.getKey().equals("spans")) {
          e.getValue().forEach(out::add);
        } else {
          collectSpans(e.getValue(), out);
        }
      });
    } else if (n.isArray()) {
      n.forEach(c -> collectSpans(c, out));
    }
  }

  private static void assertAtLeast(double bar, double value, String what) {
    assertTrue(value >= bar - 1e-9, String.format(Locale.ROOT, "%s = %.3f, below the bar %.3f", what, value, bar));
  }

  @Test
  void textAndOfficeAndPdfFilesMeetTheBars(@TempDir Path out) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String suffix : List.of(".txt", ".docx", ".doc", ".pdf")) {
      files.addAll(corpus(suffix));
    }
    assertEquals(20, files.size(), "the five samples in four formats");
    EvalReport r = parseAndScore(files, out);
    assertAtLeast(0.97, r.metadata().value(), "metadata accuracy");
    assertAtLeast(1.0, r.total(Part.SECTIONS).f1(), "sections F1");
    assertAtLeast(0.95, r.total(Part.LEGAL_BASIS).f1(), "legal basis F1");
    assertAtLeast(0.95, r.total(Part.TARGETS).f1(), "targets F1");
    assertAtLeast(0.95, r.attributes(Part.TARGETS).get("direction").value(), "target direction accuracy");
    assertAtLeast(1.0, r.total(Part.DEADLINES).f1(), "deadlines F1");
    assertAtLeast(1.0, r.total(Part.BUDGETS).f1(), "budgets F1");
    assertAtLeast(0.9, r.total(Part.AGENCIES).f1(), "agencies F1");
    assertAtLeast(1.0, r.total(Part.TASKS).f1(), "tasks F1 (Lý Sơn)");
  }

  @Test
  void scansThroughOcrMeetTheTargetsBar(@TempDir Path out) throws Exception {
    Assumptions.assumeFalse(Boolean.getBoolean("kehoach.skipOcr"), "OCR tests skipped: -Dkehoach.skipOcr=true");
    TesseractOcr ocr = new TesseractOcr();
    Assumptions.assumeTrue(ocr.available(), "OCR tests skipped: " + ocr.unavailableReason());
    List<Path> scans = corpus(".scan.pdf");
    assertEquals(5, scans.size());
    EvalReport r = parseAndScore(scans, out);
    assertAtLeast(0.9, r.total(Part.TARGETS).f1(), "targets F1 on scans");
  }
}
