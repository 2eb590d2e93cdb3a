package org.kehoach.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Inline JSON for tests, single quotes allowed, and a schema-valid empty plan to build predictions on. */
final class TestJson {
  static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private TestJson() {}

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object(String text) {
    return (ObjectNode) json(text);
  }

  /** A plan that satisfies the schema with every list empty; tests fill in the part they exercise. */
  static ObjectNode emptyPlan(String sourceFile) {
    ObjectNode plan = object("""
        {'schemaVersion': '1',
         'source': {'file': 'x', 'format': 'pdf', 'sha256': 'SHA'},
         'document': {'number': null, 'title': null, 'issuer': {'name': null, 'level': 'UNKNOWN'},
                      'location': {'province': null, 'district': null}, 'issuedDate': null, 'planYear': null},
         'signer': null,
         'sections': [], 'targets': [], 'tasks': [], 'agencies': [], 'deadlines': [], 'budgets': [],
         'legalBasis': [], 'warnings': []}
        """.replace("SHA", "0".repeat(64)));
    ((ObjectNode) plan.get("source")).put("file", sourceFile);
    return plan;
  }

  static ObjectNode span() {
    return object("{'start': 0, 'end': 1}");
  }
}
