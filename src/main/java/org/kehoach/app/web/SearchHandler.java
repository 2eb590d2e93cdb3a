package org.kehoach.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Objects;
import org.kehoach.index.Filters;
import org.kehoach.index.SearchRequest;
import org.kehoach.index.SearchResult;
import org.kehoach.index.report.SearchReport;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.TargetUnit;

/** {@code GET /api/search}: the search of {@code kehoach search}, answered as its JSON. */
final class SearchHandler {
  /** The most targets one request may ask for. */
  private static final int MAX_LIMIT = 1000;
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  private final WebIndex index;
  private final Responses responses;
  private final SearchReport json;

  SearchHandler(WebIndex index, Responses responses, ObjectMapper mapper) {
    this.index = Objects.requireNonNull(index, "index");
    this.responses = Objects.requireNonNull(responses, "responses");
    this.json = new SearchReport(mapper);
  }

  void search(Context ctx) throws IOException {
    SearchRequest request = request(new QueryParams(ctx));
    SearchResult result = index.read(s -> s.search(request));
    responses.json(ctx, 200, json.json(result));
  }

  static SearchRequest request(QueryParams p) {
    Integer limit = p.integer("limit", 1, MAX_LIMIT);
    try {
      Filters filters = new Filters(p.text("province"), p.text("district"), p.enumValue("level", IssuerLevel.class),
          p.integer("year", MIN_YEAR, MAX_YEAR), p.integer("from", MIN_YEAR, MAX_YEAR),
          p.integer("to", MIN_YEAR, MAX_YEAR), p.text("indicator"), p.enumValue("unit", TargetUnit.class),
          p.flag("allVersions"));
      return new SearchRequest(p.text("q"), filters, limit == null ? SearchRequest.DEFAULT_LIMIT : limit);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.BAD_REQUEST, e.getMessage());
    }
  }
}
