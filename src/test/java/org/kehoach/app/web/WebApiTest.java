package org.kehoach.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.ingest.Limits;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.PlanPipeline;

/** Every endpoint over real HTTP, good input and bad, on a server with a real pipeline (OCR off). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebApiTest {
  private static final Map<String, String> NO_HEADERS = Map.of();

  private Path out;
  private PlanPipeline pipeline;
  private WebServer server;
  private Http http;

  @BeforeAll
  void start(@TempDir Path dir) throws IOException {
    out = dir.resolve("output");
    pipeline = new PlanPipeline(new PipelineConfig(Limits.defaults().withTimeout(Duration.ofSeconds(60)), false, null));
    server = new WebServer(WebConfig.defaults(out, out.resolve("index")).withPort(0), pipeline, Corpus.lexicon()).start();
    http = new Http(server.url());
  }

  @AfterAll
  void stop() {
    server.close();
    pipeline.close();
  }

  private static byte[] hostilePlan() throws IOException {
    try (InputStream in = WebApiTest.class.getResourceAsStream("hostile-plan.txt")) {
      return in.readAllBytes();
    }
  }

  @Test
  void uploadOneFileAnswersCreatedWithThePlanAndStoresIt() {
    HttpResponse<byte[]> r = http.post("/api/plans", new Http.Part("2023_cam-pha.txt", Corpus.bytes("2023_cam-pha.txt")));
    assertEquals(201, r.statusCode(), Http.text(r));
    JsonNode plan = Http.json(r);
    assertEquals("1", plan.path("schemaVersion").asText());
    assertEquals("2023_cam-pha.txt", plan.path("source").path("file").asText());
    assertTrue(plan.path("targets").size() > 5, "the Cẩm Phả plan has many targets");
    assertEquals("/api/plans/2023_cam-pha.txt", r.headers().firstValue("Location").orElseThrow());
    assertTrue(Files.isRegularFile(out.resolve("2023_cam-pha.txt.json")));
    assertTrue(Files.isRegularFile(out.resolve("2023_cam-pha.txt.txt")));

    HttpResponse<byte[]> again = http.get("/api/plans/2023_cam-pha.txt");
    assertEquals(200, again.statusCode());
    assertEquals(plan, Http.json(again));
    HttpResponse<byte[]> text = http.get("/api/plans/2023_cam-pha.txt/text");
    assertEquals(200, text.statusCode());
    JsonNode first = plan.path("targets").path(0);
    String span = Http.text(text).substring(first.path("span").path("start").asInt(), first.path("span").path("end").asInt());
    assertFalse(span.isBlank(), "a target's span points into the served text");

    JsonNode list = Http.json(http.get("/api/plans"));
    assertTrue(list.path("plans").findValuesAsText("id").contains("2023_cam-pha.txt"));
    assertEquals(200, http.get("/plans/2023_cam-pha.txt").statusCode());
  }

  @Test
  void theSameContentAgainKeepsItsIdAndOtherContentUnderTheSameNameGetsANewOne() {
    byte[] a = Corpus.bytes("2025_ly-son.txt");
    byte[] b = Corpus.bytes("2014_ha-nam.txt");
    String first = Http.json(http.post("/api/plans", new Http.Part("same-name.txt", a))).path("source").path("file").asText();
    String again = Http.json(http.post("/api/plans", new Http.Part("same-name.txt", a))).path("source").path("file").asText();
    String other = Http.json(http.post("/api/plans", new Http.Part("same-name.txt", b))).path("source").path("file").asText();
    assertEquals("same-name.txt", first);
    assertEquals(first, again);
    assertEquals("same-name-2.txt", other);
  }

  @Test
  void severalFilesAnswerTheJobWithEachFilesOutcome() {
    HttpResponse<byte[]> r = http.post("/api/plans", Http.parts(
        new Http.Part("2020_hong-ngu.docx", Corpus.bytes("2020_hong-ngu.docx")),
        new Http.Part("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII))),
        NO_HEADERS);
    assertEquals(200, r.statusCode(), Http.text(r));
    JsonNode job = Http.json(r);
    assertEquals("DONE", job.path("state").asText());
    JsonNode ok = job.path("files").path(0);
    JsonNode bad = job.path("files").path(1);
    assertEquals("DONE", ok.path("state").asText());
    assertEquals("2020_hong-ngu.docx", ok.path("planId").asText());
    assertEquals("FAILED", bad.path("state").asText());
    assertEquals("CORRUPT", bad.path("error").path("code").asText(), bad.toString());
    assertFalse(bad.path("error").path("message").asText().isBlank());
  }

  @Test
  void asyncUploadAnswersAcceptedAndTheJobCanBePolledToTheEnd() throws InterruptedException {
    HttpResponse<byte[]> r = http.post("/api/plans?async=true", List.of(
        new Http.Part("2025_bu-gia-map-school.pdf", Corpus.bytes("2025_bu-gia-map-school.pdf"))), NO_HEADERS);
    assertEquals(202, r.statusCode(), Http.text(r));
    String status = Http.json(r).path("statusUrl").asText();
    assertTrue(status.startsWith("/api/jobs/"));
    JsonNode job = null;
    for (int i = 0; i < 120; i++) {
      job = Http.json(http.get(status));
      if (job.path("state").asText().equals("DONE")) {
        break;
      }
      Thread.sleep(500);
    }
    assertEquals("DONE", job.path("state").asText(), String.valueOf(job));
    JsonNode f = job.path("files").path(0);
    assertEquals("DONE", f.path("state").asText());
    assertEquals(200, http.get(f.path("apiUrl").asText()).statusCode());
    assertEquals(404, http.get("/api/jobs/0123456789abcdef0123456789abcdef").statusCode());
  }

  @Test
  void wrongTypeIsUnsupportedWhateverTheName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
        0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    HttpResponse<byte[]> r = http.post("/api/plans", new Http.Part("ke-hoach.pdf", png));
    assertEquals(415, r.statusCode(), Http.text(r));
    JsonNode e = Http.json(r);
    assertEquals("UNSUPPORTED", e.path("code").asText());
    assertEquals("ke-hoach.pdf", e.path("file").asText());
    assertTrue(e.path("detail").asText().contains("image/png"), e.toString());
  }

  @Test
  void corruptPdfIsUnprocessable() {
    byte[] pdf = Corpus.bytes("2014_ha-nam.pdf");
    byte[] truncated = java.util.Arrays.copyOf(pdf, 2000);
    HttpResponse<byte[]> r = http.post("/api/plans", new Http.Part("2014_ha-nam.pdf", truncated));
    assertEquals(422, r.statusCode(), Http.text(r));
    assertEquals("CORRUPT", Http.json(r).path("code").asText());
  }

  @Test
  void emptyFileIsUnprocessableAndSaysEmpty() {
    HttpResponse<byte[]> r = http.post("/api/plans", new Http.Part("rong.txt", new byte[0]));
    assertEquals(422, r.statusCode(), Http.text(r));
    assertEquals("EMPTY", Http.json(r).path("code").asText());
  }

  @Test
  void pathTraversalNamesAreSanitisedAndNeverLeaveTheOutputFolder() throws IOException {
    byte[] txt = Corpus.bytes("2025_ly-son.txt");
    for (String name : List.of("../../etc/passwd.pdf", "..\\..\\windows\\win.ini", "/etc/cron.d/x.txt", "....", ".hidden")) {
      HttpResponse<byte[]> r = http.post("/api/plans", new Http.Part(name, txt));
      assertEquals(201, r.statusCode(), name + ": " + Http.text(r));
      String id = Http.json(r).path("source").path("file").asText();
      assertFalse(id.contains("/") || id.contains("\\") || id.startsWith("."), name + " -> " + id);
      assertTrue(Files.isRegularFile(out.resolve(id + ".json")), name + " -> " + id);
    }
    assertFalse(Files.exists(out.getParent().resolve("etc")));
    assertFalse(Files.exists(out.resolve("etc")));
    for (String bad : List.of("..%2F..%2Fetc%2Fpasswd", "%2E%2E", ".uploads", "..%5Cx")) {
      HttpResponse<byte[]> r = http.get("/api/plans/" + bad);
      assertTrue(r.statusCode() == 404 || r.statusCode() == 400, bad + ": " + r.statusCode());
    }
    try (Stream<Path> staged = Files.list(out.resolve(".uploads"))) {
      assertEquals(0, staged.filter(p -> p.toString().endsWith(".upload")).count(), "staged uploads are deleted");
    }
  }

  @Test
  void documentTextComesBackEscapedInPagesAndJson() throws IOException {
    HttpResponse<byte[]> r = http.post("/api/plans", new Http.Part("<script>x.txt", hostilePlan()));
    assertEquals(201, r.statusCode(), Http.text(r));
    String body = Http.text(r);
    assertFalse(body.contains("<script"), "JSON bodies escape '<'");
    JsonNode plan = Http.json(r);
    assertTrue(plan.toString().contains("<script>alert"), "the escapes are plain JSON: the text reads back whole");
    String id = plan.path("source").path("file").asText();
    assertFalse(id.contains("<"), id);

    HttpResponse<byte[]> page = http.get("/plans/" + JobJson.encode(id));
    assertEquals(200, page.statusCode());
    String html = Http.text(page);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is shown, escaped");
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<img src=x"));
    assertEquals(1, count(html, "<script"), "the only script element is the page's own");
    assertTrue(html.contains("<script src=\"/static/plan.js\">"));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
  }

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void downloadsAsJsonCsvAndXlsx() throws IOException {
    http.post("/api/plans", new Http.Part("2023_cam-pha.txt", Corpus.bytes("2023_cam-pha.txt")));
    JsonNode plan = Http.json(http.get("/api/plans/2023_cam-pha.txt"));

    HttpResponse<byte[]> json = http.get("/api/plans/2023_cam-pha.txt/download?format=json");
    assertEquals(200, json.statusCode());
    assertTrue(json.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertEquals(plan, Http.json(json));

    HttpResponse<byte[]> csv = http.get("/api/plans/2023_cam-pha.txt/download?format=csv");
    assertEquals(200, csv.statusCode());
    String text = Http.text(csv);
    assertTrue(text.startsWith("\uFEFFpart,number,name,text,value"), text.substring(0, 60));
    long targetRows = text.lines().filter(l -> l.startsWith("target,")).count();
    assertTrue(targetRows >= plan.path("targets").size() - 1, "one row per target (a clause may hold a line break)");

    HttpResponse<byte[]> xlsx = http.get("/api/plans/2023_cam-pha.txt/download?format=xlsx");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals(plan.path("targets").size(), wb.getSheet("targets").getLastRowNum());
      assertEquals(plan.path("targets").path(0).path("value").asDouble(),
          wb.getSheet("targets").getRow(1).getCell(3).getNumericCellValue(), 1e-9);
    }
    HttpResponse<byte[]> bad = http.get("/api/plans/2023_cam-pha.txt/download?format=pdf");
    assertEquals(400, bad.statusCode());
    assertEquals("BAD_REQUEST", Http.json(bad).path("code").asText());
  }

  @Test
  void malformedRequestsAreBadRequests() {
    HttpResponse<byte[]> notMultipart = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/plans"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertEquals(400, notMultipart.statusCode());
    assertEquals("BAD_REQUEST", Http.json(notMultipart).path("code").asText());
    HttpResponse<byte[]> noFile = http.post("/api/plans", List.of(), NO_HEADERS);
    assertEquals(400, noFile.statusCode(), Http.text(noFile));
  }

  @Test
  void unknownThingsAreNotFoundAndWrongMethodsNotAllowed() {
    HttpResponse<byte[]> plan = http.get("/api/plans/khong-co.pdf");
    assertEquals(404, plan.statusCode());
    assertEquals("NOT_FOUND", Http.json(plan).path("code").asText());
    assertEquals(404, http.get("/plans/khong-co.pdf").statusCode());
    assertEquals(404, http.get("/static/../pom.xml").statusCode());
    assertEquals(404, http.get("/static/nope.js").statusCode());
    HttpResponse<byte[]> delete = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/plans")).DELETE().build());
    assertEquals(405, delete.statusCode());
    assertEquals("METHOD_NOT_ALLOWED", Http.json(delete).path("code").asText());
  }

  @Test
  void writesFromAnotherOriginAreForbidden() {
    HttpResponse<byte[]> r = http.post("/api/plans", List.of(new Http.Part("a.txt", Corpus.bytes("2025_ly-son.txt"))),
        Map.of("Origin", "http://evil.example"));
    assertEquals(403, r.statusCode());
    assertEquals("FORBIDDEN", Http.json(r).path("code").asText());
  }

  @Test
  void pagesAndAssetsAreServedByTheAppItself() {
    for (String p : List.of("/", "/search", "/compare")) {
      HttpResponse<byte[]> r = http.get(p);
      assertEquals(200, r.statusCode(), p);
      String html = Http.text(r);
      assertTrue(html.contains("lang=\"vi\""), p);
      assertFalse(html.contains("http://") || html.contains("https://"), p + " loads nothing from elsewhere");
    }
    assertTrue(http.get("/static/app.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    JsonNode info = Http.json(http.get("/api/info"));
    assertEquals(WebConfig.DEFAULT_MAX_UPLOAD_BYTES, info.path("maxUploadBytes").asLong());
    assertFalse(info.path("tokenRequired").asBoolean());
  }

  @Test
  void openApiDocumentsEveryApiRoute() {
    JsonNode api = Http.json(http.get("/openapi.json"));
    assertTrue(api.path("openapi").asText().startsWith("3."));
    List<String> missing = new ArrayList<>();
    for (String route : server.routes()) {
      String[] mp = route.split(" ", 2);
      if (mp[1].startsWith("/api/") || mp[1].equals("/openapi.json")) {
        if (api.path("paths").path(mp[1]).path(mp[0].toLowerCase(java.util.Locale.ROOT)).isMissingNode()) {
          missing.add(route);
        }
      }
    }
    assertEquals(List.of(), missing);
    List<String> codes = new ArrayList<>();
    api.path("components").path("schemas").path("Error").path("properties").path("code").path("enum")
        .forEach(c -> codes.add(c.asText()));
    for (ErrorCode c : ErrorCode.values()) {
      assertTrue(codes.contains(c.name()), c + " is documented");
    }
  }

  @Test
  void concurrentUploadsOfOneNameGetDistinctIdsAndIntactOutputs() throws Exception {
    List<byte[]> contents = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      contents.add((new String(Corpus.bytes("2025_ly-son.txt"), StandardCharsets.UTF_8) + "\nBản sao số " + i + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<HttpResponse<byte[]>>> futures = new ArrayList<>();
      for (byte[] c : contents) {
        futures.add(pool.submit(() -> http.post("/api/plans", new Http.Part("dong-thoi.txt", c))));
      }
      Set<String> ids = new HashSet<>();
      Set<String> shas = new HashSet<>();
      for (Future<HttpResponse<byte[]>> f : futures) {
        HttpResponse<byte[]> r = f.get();
        assertEquals(201, r.statusCode(), Http.text(r));
        JsonNode plan = Http.json(r);
        ids.add(plan.path("source").path("file").asText());
        shas.add(plan.path("source").path("sha256").asText());
      }
      assertEquals(6, ids.size(), ids.toString());
      assertEquals(6, shas.size());
      for (String id : ids) {
        JsonNode stored = Http.json(http.get("/api/plans/" + id));
        assertEquals(id, stored.path("source").path("file").asText());
        assertNotEquals("", stored.path("source").path("sha256").asText());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A second server over its own folder with another configuration, sharing the pipeline. */
  private WebServer extraServer(Path dir, java.util.function.UnaryOperator<WebConfig> change) throws IOException {
    return new WebServer(change.apply(WebConfig.defaults(dir, dir.resolve("index")).withPort(0)), pipeline,
        Corpus.lexicon()).start();
  }

  @Test
  void writesNeedTheTokenWhenOneIsConfigured(@TempDir Path dir) throws IOException {
    try (WebServer guarded = extraServer(dir, c -> c.withToken("s3cret-token"))) {
      Http h = new Http(guarded.url());
      Http.Part part = new Http.Part("2025_ly-son.txt", Corpus.bytes("2025_ly-son.txt"));
      HttpResponse<byte[]> none = h.post("/api/plans", List.of(part), NO_HEADERS);
      assertEquals(401, none.statusCode());
      assertEquals("UNAUTHORIZED", Http.json(none).path("code").asText());
      assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
      HttpResponse<byte[]> wrong = h.post("/api/plans", List.of(part), Map.of("Authorization", "Bearer guess"));
      assertEquals(401, wrong.statusCode());
      HttpResponse<byte[]> basic = h.post("/api/plans", List.of(part), Map.of("Authorization", "Basic czNjcmV0LXRva2Vu"));
      assertEquals(401, basic.statusCode());
      assertFalse(Files.exists(dir.resolve("2025_ly-son.txt.json")), "nothing is stored without the token");
      HttpResponse<byte[]> right = h.post("/api/plans", List.of(part), Map.of("Authorization", "Bearer s3cret-token"));
      assertEquals(201, right.statusCode(), Http.text(right));
      assertEquals(200, h.get("/api/plans/2025_ly-son.txt").statusCode(), "reading needs no token");
      assertTrue(Http.json(h.get("/api/info")).path("tokenRequired").asBoolean());
    }
  }

  @Test
  void filesOverTheSizeLimitAreTooLargeAndNotKept(@TempDir Path dir) throws IOException {
    try (WebServer small = extraServer(dir, c -> c.withMaxUploadBytes(20_000))) {
      Http h = new Http(small.url());
      byte[] pdf = Corpus.bytes("2023_cam-pha.pdf");
      assertTrue(pdf.length > 20_000);
      HttpResponse<byte[]> r = h.post("/api/plans", new Http.Part("2023_cam-pha.pdf", pdf));
      assertEquals(413, r.statusCode(), Http.text(r));
      assertEquals("TOO_LARGE", Http.json(r).path("code").asText());
      assertFalse(Files.exists(dir.resolve("2023_cam-pha.pdf.json")));
      try (Stream<Path> left = Files.list(dir.resolve(".uploads"))) {
        assertEquals(List.of(), left.toList(), "nothing of the refused upload is left behind");
      }
      HttpResponse<byte[]> fits = h.post("/api/plans", new Http.Part("2025_ly-son.txt", Corpus.bytes("2025_ly-son.txt")));
      assertEquals(201, fits.statusCode(), "a file under the limit still passes");
    }
  }

  @Test
  void moreFilesThanAllowedAreRefusedWhole(@TempDir Path dir) throws IOException {
    try (WebServer few = extraServer(dir, c -> new WebConfig(c.host(), 0, c.outDir(), c.indexDir(), c.maxUploadBytes(), 2,
        null, c.requestTimeout(), c.idleTimeout(), 1, 10))) {
      Http h = new Http(few.url());
      byte[] txt = Corpus.bytes("2025_ly-son.txt");
      HttpResponse<byte[]> r = h.post("/api/plans", Http.parts(new Http.Part("a.txt", txt), new Http.Part("b.txt", txt),
          new Http.Part("c.txt", txt)), NO_HEADERS);
      assertEquals(413, r.statusCode());
      assertEquals("TOO_MANY_FILES", Http.json(r).path("code").asText());
    }
  }

  @Test
  void aRequestThatOutlivesItsTimeLimitAnswersTheJobToPoll(@TempDir Path dir) throws Exception {
    try (WebServer quick = extraServer(dir, c -> c.withRequestTimeout(Duration.ofMillis(1)))) {
      Http h = new Http(quick.url());
      HttpResponse<byte[]> r = h.post("/api/plans", new Http.Part("2023_cam-pha.pdf", Corpus.bytes("2023_cam-pha.pdf")));
      assertEquals(202, r.statusCode(), Http.text(r));
      String status = Http.json(r).path("statusUrl").asText();
      JsonNode job = null;
      for (int i = 0; i < 120 && (job == null || !job.path("state").asText().equals("DONE")); i++) {
        Thread.sleep(500);
        job = Http.json(h.get(status));
      }
      assertEquals("DONE", job.path("files").path(0).path("state").asText(), String.valueOf(job));
    }
  }

  @Test
  void searchAndCompareWithoutAnIndexSaySoPlainly(@TempDir Path dir) throws IOException {
    try (WebServer empty = extraServer(dir, c -> c)) {
      Http h = new Http(empty.url());
      for (String path : List.of("/api/search?q=tiem+chung", "/api/compare?district=C%E1%BA%A9m+Ph%E1%BA%A3&year=2023")) {
        HttpResponse<byte[]> r = h.get(path);
        assertEquals(503, r.statusCode(), path);
        JsonNode e = Http.json(r);
        assertEquals("INDEX_UNAVAILABLE", e.path("code").asText());
        assertEquals(ErrorMessages.vietnamese().of(ErrorCode.INDEX_UNAVAILABLE), e.path("message").asText());
      }
    }
  }
}
