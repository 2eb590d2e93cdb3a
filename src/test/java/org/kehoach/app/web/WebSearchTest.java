package org.kehoach.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.ingest.Limits;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.PlanPipeline;

/** /api/search and /api/compare over real HTTP, on plans uploaded through the server (and so indexed by it). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSearchTest {
  private PlanPipeline pipeline;
  private WebServer server;
  private Http http;
  private final Map<String, String> ids = new HashMap<>();

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("output");
    pipeline = new PlanPipeline(new PipelineConfig(Limits.defaults().withTimeout(Duration.ofSeconds(60)), false, null));
    server = new WebServer(WebConfig.defaults(out, out.resolve("index")).withPort(0), pipeline, Corpus.lexicon())
        .start();
    http = new Http(server.url());
    upload("2023_cam-pha.txt", Corpus.bytes("2023_cam-pha.txt"));
    upload("2022_cam-pha.synthetic.txt", Corpus.bytes("synthetic/2022_cam-pha.synthetic.txt"));
    upload("2020_hong-ngu.txt", Corpus.bytes("2020_hong-ngu.txt"));
  }

  private void upload(String name, byte[] bytes) throws IOException {
    HttpResponse<byte[]> r = http.post("/api/plans", new Http.Part(name, bytes));
    assertEquals(201, r.statusCode(), Http.text(r));
    ids.put(name, Http.json(r).path("source").path("file").asText());
  }

  @AfterAll
  void stop() {
    server.close();
    pipeline.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aQueryWithoutDiacriticsFindsTheUploadedPlan() throws IOException {
    HttpResponse<byte[]> r = http.get("/api/search?q=tiem+chung");
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode body = Http.json(r);
    assertTrue(body.path("totalTargets").asLong() > 0, body.toString());
    boolean camPha = false;
    for (JsonNode p : body.path("plans")) {
      camPha |= "Cẩm Phả".equals(p.path("district").asText()) || p.toString().contains("Cẩm Phả");
    }
    assertTrue(camPha, "no Cẩm Phả plan among " + body.path("plans"));
    assertTrue(body.path("facets").has("province"), body.path("facets").toString());
  }

  @Test
  void filtersNarrowTheSearch() throws IOException {
    JsonNode all = Http.json(http.get("/api/search?q=*&limit=1000"));
    JsonNode dongThap = Http.json(http.get("/api/search?q=*&limit=1000&province=" + enc("Đồng Tháp")));
    assertTrue(dongThap.path("totalTargets").asLong() > 0, dongThap.toString());
    assertTrue(dongThap.path("totalTargets").asLong() < all.path("totalTargets").asLong());
    for (JsonNode p : dongThap.path("plans")) {
      assertFalse(p.toString().contains("Cẩm Phả"), p.toString());
    }
    JsonNode none = Http.json(http.get("/api/search?q=tiem+chung&year=1999"));
    assertEquals(0, none.path("totalTargets").asLong());
  }

  @Test
  void badSearchParametersAreBadRequests() throws IOException {
    for (String q : new String[] {"year=abc", "level=KING", "unit=furlong", "from=2025&to=2020", "limit=0"}) {
      HttpResponse<byte[]> r = http.get("/api/search?q=x&" + q);
      assertEquals(400, r.statusCode(), q + ": " + Http.text(r));
      assertEquals("BAD_REQUEST", Http.json(r).path("code").asText(), q);
    }
  }

  @Test
  void compareByDistrictReportsTheChangedTargets() throws IOException {
    HttpResponse<byte[]> r = http.get("/api/compare?district=" + enc("Cẩm Phả") + "&year=2023");
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode c = Http.json(r);
    assertEquals(2022, c.path("old").path("planYear").asInt(), c.path("old").toString());
    assertEquals(2023, c.path("new").path("planYear").asInt(), c.path("new").toString());
    int more = 0;
    int less = 0;
    for (JsonNode t : c.path("targets")) {
      more += "MORE_AMBITIOUS".equals(t.path("ambition").asText()) ? 1 : 0;
      less += "LESS_AMBITIOUS".equals(t.path("ambition").asText()) ? 1 : 0;
    }
    assertTrue(more >= 3, "more ambitious targets: " + more + " in " + c.path("targets"));
    assertTrue(less >= 2, "less ambitious targets: " + less + " in " + c.path("targets"));
  }

  @Test
  void compareByIdsGivesTheSameAnswer() throws IOException {
    String q = "/api/compare?old=" + enc(ids.get("2022_cam-pha.synthetic.txt")) + "&new="
        + enc(ids.get("2023_cam-pha.txt"));
    HttpResponse<byte[]> r = http.get(q);
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode byIds = Http.json(r);
    JsonNode byPlace = Http.json(http.get("/api/compare?district=" + enc("Cẩm Phả") + "&year=2023"));
    assertEquals(byPlace.path("summary"), byIds.path("summary"));
  }

  @Test
  void compareErrorsHaveTheirCodes() throws IOException {
    assertEquals(400, http.get("/api/compare").statusCode());
    assertEquals(400, http.get("/api/compare?district=x").statusCode());
    assertEquals(400, http.get("/api/compare?district=x&year=2023&old=a&new=b").statusCode());
    assertEquals(400, http.get("/api/compare?old=a&new=b&threshold=7").statusCode());
    HttpResponse<byte[]> missing = http.get("/api/compare?district=" + enc("Cẩm Phả") + "&year=1999");
    assertEquals(404, missing.statusCode(), Http.text(missing));
    assertEquals("NOT_FOUND", Http.json(missing).path("code").asText());
    assertEquals(404, http.get("/api/compare?old=nope&new=" + enc(ids.get("2023_cam-pha.txt"))).statusCode());
  }

  @Test
  void aPlanWithNoEarlierYearSaysSo() throws IOException {
    HttpResponse<byte[]> r = http.get("/api/compare?district=" + enc("Cẩm Phả") + "&year=2022");
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode c = Http.json(r);
    assertTrue(c.path("old").isNull(), c.toString());
    assertFalse(c.path("message").asText().isBlank());
  }
}
