package org.kehoach.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Objects;
import org.kehoach.index.IndicatorLexicon;
import org.kehoach.index.PlanJsonReader;
import org.kehoach.index.PlanPairs;
import org.kehoach.index.PlanRecord;
import org.kehoach.index.compare.PlanComparer;
import org.kehoach.index.compare.PlanComparison;
import org.kehoach.index.compare.TargetAligner;
import org.kehoach.index.report.CompareReport;

/**
 * {@code GET /api/compare}: the comparison of {@code kehoach compare}, answered as its JSON. Either a district
 * and year looked up in the index (against the issuer's latest earlier plan, or the plan of {@code withYear}),
 * or two plan ids of the output folder ({@code old}, {@code new}).
 */
final class CompareHandler {
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  private final WebIndex index;
  private final PlanStore store;
  private final Responses responses;
  private final IndicatorLexicon lexicon;
  private final ObjectMapper mapper;
  private final PlanJsonReader reader = new PlanJsonReader();

  CompareHandler(WebIndex index, PlanStore store, Responses responses, IndicatorLexicon lexicon,
      ObjectMapper mapper) {
    this.index = Objects.requireNonNull(index, "index");
    this.store = Objects.requireNonNull(store, "store");
    this.responses = Objects.requireNonNull(responses, "responses");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /** The two plans to compare, or only the newer when there is no earlier one. */
  private record Pair(PlanRecord older, PlanRecord newer) {}

  void compare(Context ctx) throws IOException {
    QueryParams p = new QueryParams(ctx);
    Double threshold = p.decimal("threshold");
    if (threshold != null && !(threshold > 0 && threshold <= 1)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "threshold must be in (0, 1], found " + threshold);
    }
    String oldId = p.text("old");
    String newId = p.text("new");
    String district = p.text("district");
    Integer year = p.integer("year", MIN_YEAR, MAX_YEAR);
    boolean byIds = oldId != null || newId != null;
    if (byIds == (district != null || year != null)) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "give either district and year, or old and new plan ids");
    }
    Pair pair;
    if (byIds) {
      if (oldId == null || newId == null) {
        throw new ApiException(ErrorCode.BAD_REQUEST, "old and new go together");
      }
      pair = new Pair(stored(oldId), stored(newId));
    } else {
      if (district == null || year == null) {
        throw new ApiException(ErrorCode.BAD_REQUEST, "district and year go together");
      }
      pair = indexed(district, p.text("province"), year, p.integer("withYear", MIN_YEAR, MAX_YEAR));
    }
    if (pair.older() == null) {
      ObjectNode o = mapper.createObjectNode();
      o.putNull("old");
      o.put("message", "Chưa có kế hoạch cũ hơn của cùng đơn vị ban hành để so sánh với kế hoạch năm " + year
          + " của " + district + ".");
      responses.json(ctx, 200, o);
      return;
    }
    TargetAligner aligner = new TargetAligner(threshold == null ? TargetAligner.DEFAULT_THRESHOLD : threshold);
    PlanComparison c = new PlanComparer(aligner, lexicon).compare(pair.older(), pair.newer());
    responses.json(ctx, 200, new CompareReport(mapper).json(c));
  }

  private Pair indexed(String district, String province, int year, Integer withYear) throws IOException {
    return index.read(searcher -> {
      PlanPairs.Pair found;
      try {
        found = new PlanPairs(searcher).find(district, province, year, withYear);
      } catch (PlanPairs.AmbiguousPlaceException e) {
        throw new ApiException(ErrorCode.BAD_REQUEST, e.getMessage());
      }
      if (found == null) {
        throw new ApiException(ErrorCode.NOT_FOUND, "the index holds no plan of " + district
            + (province == null ? "" : " (" + province + ")") + " for " + year);
      }
      PlanRecord newer = reader.read(searcher.planJson(found.newer()));
      PlanRecord older = found.older() == null ? null : reader.read(searcher.planJson(found.older()));
      return new Pair(older, newer);
    });
  }

  private PlanRecord stored(String id) throws IOException {
    JsonNode json = store.json(id).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "no plan " + id));
    try {
      return reader.read(json);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.BAD_REQUEST, "plan " + id + " cannot be compared: " + e.getMessage());
    }
  }
}
