package org.kehoach.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The read side of the plan store: {@code GET /api/plans} (list), {@code /api/plans/{id}} (plan JSON),
 * {@code /api/plans/{id}/text}, {@code /api/plans/{id}/download?format=json|csv|xlsx} and the plan page
 * {@code /plans/{id}}. An unknown or unsafe id is a 404, never a path outside the store.
 */
final class PlanHandler {
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final PlanStore store;
  private final Responses responses;
  private final WebJson json;
  private final PlanPage page;
  private final PlanTables tables = new PlanTables();
  private final TableFiles files = new TableFiles();

  PlanHandler(PlanStore store, Responses responses, WebJson json, PlanPage page) {
    this.store = store;
    this.responses = responses;
    this.json = json;
    this.page = page;
  }

  void list(Context ctx) throws IOException {
    ObjectNode root = json.mapper().createObjectNode();
    ArrayNode plans = root.putArray("plans");
    for (PlanStore.Summary s : store.list()) {
      ObjectNode o = plans.addObject();
      o.put("id", s.id());
      o.put("title", s.title());
      o.put("number", s.number());
      o.put("issuer", s.issuer());
      o.put("district", s.district());
      o.put("province", s.province());
      if (s.year() == null) {
        o.putNull("year");
      } else {
        o.put("year", s.year());
      }
      o.put("targets", s.targets());
      o.put("planUrl", "/plans/" + JobJson.encode(s.id()));
    }
    responses.json(ctx, 200, root);
  }

  void get(Context ctx) throws IOException {
    responses.json(ctx, 200, plan(ctx.pathParam("id")));
  }

  void text(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String text = store.text(id).orElseThrow(() -> notFound(id));
    ctx.contentType("text/plain; charset=utf-8").result(text.getBytes(StandardCharsets.UTF_8));
  }

  void download(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").toLowerCase(Locale.ROOT);
    JsonNode plan = plan(id);
    String base = FileNames.sanitize(id);
    switch (format) {
      case "json" -> send(ctx, "application/json; charset=utf-8", base + ".json", json.bytes(plan));
      case "csv" -> send(ctx, "text/csv; charset=utf-8", base + ".csv", files.csv(tables.items(plan)));
      case "xlsx" -> send(ctx, XLSX, base + ".xlsx", files.xlsx(tables.sheets(plan)));
      default -> throw new ApiException(ErrorCode.BAD_REQUEST,
          "format must be json, csv or xlsx, found '" + format + "'");
    }
  }

  void page(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    JsonNode plan = plan(id);
    String text = store.text(id).orElse("");
    ctx.contentType("text/html; charset=utf-8").result(page.render(id, plan, text).getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode plan(String id) throws IOException {
    return store.json(id).orElseThrow(() -> notFound(id));
  }

  private static ApiException notFound(String id) {
    return new ApiException(ErrorCode.NOT_FOUND, "no plan with id '" + id + "' in the output folder");
  }

  /** An attachment; the name is already sanitised, and given in RFC 5987 form for non-ASCII letters. */
  private static void send(Context ctx, String type, String name, byte[] body) {
    String ascii = name.replaceAll("[^A-Za-z0-9._()\\-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + JobJson.encode(name));
    ctx.contentType(type).result(body);
  }
}
