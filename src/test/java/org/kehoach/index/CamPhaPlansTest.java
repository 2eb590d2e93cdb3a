package org.kehoach.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kehoach.eval.SchemaValidator;

/** The hand-made plan JSON conform to the schema and their spans point at their clauses in the texts. */
class CamPhaPlansTest {
  private static final Path CORPUS = Path.of(System.getProperty("kehoach.corpus", "corpus"));

  @Test
  void plansConformAndSpansPointAtTheClauses() throws Exception {
    SchemaValidator validator = new SchemaValidator(TestPlans.MAPPER);
    check(validator, TestPlans.campha2023(), CORPUS.resolve("2023_cam-pha.txt"));
    check(validator, TestPlans.campha2022(), CORPUS.resolve("synthetic/2022_cam-pha.synthetic.txt"));
  }

  private static void check(SchemaValidator validator, JsonNode plan, Path text) throws Exception {
    assertEquals(List.of(), validator.validate(plan));
    String body = Files.readString(text, StandardCharsets.UTF_8);
    assertEquals(TestPlans.sha256Bytes(Files.readAllBytes(text)), plan.get("source").get("sha256").asText());
    for (JsonNode t : plan.get("targets")) {
      JsonNode span = t.get("span");
      assertEquals(t.get("text").asText(), body.substring(span.get("start").asInt(), span.get("end").asInt()));
    }
  }
}
