package org.kehoach.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kehoach.model.Agency;
import org.kehoach.model.Budget;
import org.kehoach.model.Comparator;
import org.kehoach.model.Direction;
import org.kehoach.model.Issuer;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.Period;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanLocation;
import org.kehoach.model.PlanSource;
import org.kehoach.model.SourceFormat;
import org.kehoach.model.Span;
import org.kehoach.model.Target;
import org.kehoach.model.TargetUnit;

/**
 * Reads plan JSON ({@code plan.schema.json}) into a {@link PlanRecord}. Lenient where the schema allows
 * nulls and absent optional parts; strict where the index needs a value: a missing or ill-typed required
 * part is an {@link IllegalArgumentException} naming its JSON path. Full schema validation is the caller's
 * business (the CLI validates before indexing). Stateless and thread-safe.
 */
public final class PlanJsonReader {
  public PlanRecord read(JsonNode plan) {
    if (plan == null || !plan.isObject()) {
      throw new IllegalArgumentException("$: expected a plan JSON object");
    }
    return new PlanRecord(source(object(plan, "source", "$")), document(object(plan, "document", "$")),
        targets(plan.path("targets")), budgets(plan.path("budgets")), agencies(plan.path("agencies")));
  }

  private static PlanSource source(JsonNode s) {
    String format = requiredText(s, "format", "$.source");
    SourceFormat f = enumValue(SourceFormat.class, format, "$.source.format");
    Integer pages = optInt(s, "pages");
    return new PlanSource(requiredText(s, "file", "$.source"), f, requiredText(s, "sha256", "$.source"), pages,
        s.path("ocr").asBoolean(false), null);
  }

  private static PlanDocument document(JsonNode d) {
    JsonNode issuer = object(d, "issuer", "$.document");
    String level = optText(issuer, "level");
    Issuer is = new Issuer(optText(issuer, "name"),
        level == null ? IssuerLevel.UNKNOWN : enumValue(IssuerLevel.class, level, "$.document.issuer.level"));
    JsonNode loc = d.path("location");
    PlanLocation location = new PlanLocation(optText(loc, "province"), optText(loc, "district"),
        optText(loc, "commune"));
    Period period = null;
    JsonNode p = d.path("period");
    if (p.isObject() && p.path("from").isInt() && p.path("to").isInt()) {
      period = new Period(p.get("from").asInt(), p.get("to").asInt());
    }
    return new PlanDocument(optText(d, "number"), optText(d, "title"), is, location, optText(d, "place"),
        optText(d, "issuedDate"), optText(d, "issuedDateText"), optInt(d, "planYear"), period);
  }

  private static List<Target> targets(JsonNode array) {
    List<Target> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode t = array.get(i);
      String path = "$.targets[" + i + "]";
      JsonNode value = t.path("value");
      if (!value.isNumber()) {
        throw new IllegalArgumentException(path + ".value: expected a number, found " + value);
      }
      JsonNode max = t.path("valueMax");
      String comparator = optText(t, "comparator");
      String direction = optText(t, "direction");
      out.add(new Target(optText(t, "indicator"), requiredText(t, "name", path), requiredText(t, "text", path),
          value.asDouble(), max.isNumber() ? max.asDouble() : null,
          enumValue(TargetUnit.class, requiredText(t, "unit", path), path + ".unit"),
          comparator == null ? null : enumValue(Comparator.class, comparator, path + ".comparator"),
          direction == null ? null : enumValue(Direction.class, direction, path + ".direction"),
          optInt(t, "year"), span(t.path("span"), path)));
    }
    return out;
  }

  private static List<Budget> budgets(JsonNode array) {
    List<Budget> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode b = array.get(i);
      String path = "$.budgets[" + i + "]";
      JsonNode amount = b.path("amountVnd");
      List<String> sources = new ArrayList<>();
      b.path("sources").forEach(s -> sources.add(s.asText()));
      out.add(new Budget(amount.isIntegralNumber() ? amount.asLong() : null, optText(b, "purpose"), sources,
          requiredText(b, "text", path), span(b.path("span"), path)));
    }
    return out;
  }

  private static List<Agency> agencies(JsonNode array) {
    List<Agency> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode a = array.get(i);
      List<String> duties = new ArrayList<>();
      a.path("responsibilities").forEach(s -> duties.add(s.asText()));
      out.add(new Agency(requiredText(a, "name", "$.agencies[" + i + "]"), duties, List.of()));
    }
    return out;
  }

  private static Span span(JsonNode s, String path) {
    if (!s.path("start").isInt() || !s.path("end").isInt()) {
      throw new IllegalArgumentException(path + ".span: expected {start, end} integers, found " + s);
    }
    try {
      return new Span(s.get("start").asInt(), s.get("end").asInt(), optInt(s, "page"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ".span: " + e.getMessage(), e);
    }
  }

  private static JsonNode object(JsonNode parent, String name, String path) {
    JsonNode n = parent.path(name);
    if (!n.isObject()) {
      throw new IllegalArgumentException(path + "." + name + ": expected an object, found " + n.getNodeType());
    }
    return n;
  }

  private static String requiredText(JsonNode parent, String name, String path) {
    JsonNode n = parent.path(name);
    if (!n.isTextual()) {
      throw new IllegalArgumentException(path + "." + name + ": expected a string, found " + n.getNodeType());
    }
    return n.asText();
  }

  private static String optText(JsonNode parent, String name) {
    JsonNode n = parent.path(name);
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  private static Integer optInt(JsonNode parent, String name) {
    JsonNode n = parent.path(name);
    return n.isIntegralNumber() ? n.asInt() : null;
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": unknown value '" + value + "'", e);
    }
  }
}
