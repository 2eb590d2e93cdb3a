package org.kehoach.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders an {@link EvalReport} as a JSON tree: {@code total} (micro-averaged parts, metadata accuracy with
 * its fields, attribute accuracies), {@code files} (the same per file, with missed, extra and notes), and the
 * lists of files not scored. Ratios are fractions in [0, 1]; a ratio with a zero denominator is
 * {@code null}.
 */
public final class JsonReport {
  private final ObjectMapper mapper;

  public JsonReport(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  public ObjectNode render(EvalReport report) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode total = root.putObject("total");
    ObjectNode metadata = accuracy(total.putObject("metadata"), report.metadata());
    ObjectNode fields = metadata.putObject("fields");
    for (MetadataField f : MetadataField.values()) {
      accuracy(fields.putObject(f.label()), report.metadata(f));
    }
    ObjectNode parts = total.putObject("parts");
    for (Part part : Part.values()) {
      if (report.scored(part)) {
        ObjectNode p = counts(parts.putObject(part.key()), report.total(part));
        p.put("optionalPaired", report.optionalPaired(part));
        attributes(p, report.attributes(part));
      }
    }
    ArrayNode files = root.putArray("files");
    report.files().forEach(f -> files.add(file(f)));
    strings(root.putArray("withoutGold"), report.withoutGold());
    strings(root.putArray("unreadable"), report.unreadable());
    strings(root.putArray("goldWithoutPrediction"), report.goldWithoutPrediction());
    return root;
  }

  private ObjectNode file(FileResult f) {
    ObjectNode n = mapper.createObjectNode();
    n.put("prediction", f.prediction());
    n.put("source", f.source());
    n.put("gold", f.gold());
    ObjectNode metadata = accuracy(n.putObject("metadata"), f.metadata().accuracy());
    ObjectNode fields = metadata.putObject("fields");
    for (FieldCheck c : f.metadata().checks()) {
      ObjectNode fc = fields.putObject(c.field().label());
      fc.put("correct", c.correct());
      fc.put("gold", c.gold());
      fc.put("predicted", c.predicted());
    }
    ObjectNode parts = n.putObject("parts");
    for (PartResult r : f.parts().values()) {
      ObjectNode p = counts(parts.putObject(r.part().key()), r.counts());
      p.put("optionalPaired", r.optionalPaired());
      attributes(p, r.attributes());
      strings(p.putArray("missed"), r.missed());
      strings(p.putArray("extra"), r.extra());
      strings(p.putArray("notes"), r.notes());
    }
    return n;
  }

  private static ObjectNode counts(ObjectNode n, Counts c) {
    n.put("tp", c.tp());
    n.put("fp", c.fp());
    n.put("fn", c.fn());
    ratio(n, "precision", c.precision());
    ratio(n, "recall", c.recall());
    ratio(n, "f1", c.f1());
    return n;
  }

  private static void attributes(ObjectNode n, Map<String, Accuracy> attributes) {
    if (!attributes.isEmpty()) {
      ObjectNode a = n.putObject("attributes");
      attributes.forEach((k, v) -> accuracy(a.putObject(k), v));
    }
  }

  private static ObjectNode accuracy(ObjectNode n, Accuracy a) {
    n.put("correct", a.correct());
    n.put("scored", a.scored());
    ratio(n, "accuracy", a.value());
    return n;
  }

  private static void ratio(ObjectNode n, String key, double v) {
    if (Double.isNaN(v)) {
      n.putNull(key);
    } else {
      n.put(key, v);
    }
  }

  private static void strings(ArrayNode a, List<String> items) {
    items.forEach(a::add);
  }
}
