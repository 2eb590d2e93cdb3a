package org.kehoach.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.kehoach.model.Agency;
import org.kehoach.model.Budget;
import org.kehoach.model.Deadline;
import org.kehoach.model.LegalReference;
import org.kehoach.model.Plan;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanSource;
import org.kehoach.model.Section;
import org.kehoach.model.Signer;
import org.kehoach.model.Span;
import org.kehoach.model.Target;
import org.kehoach.model.Task;
import org.kehoach.model.Warning;

/**
 * Writes a {@link Plan} as the JSON of {@code plan.schema.json}. The mapping is explicit, field by field,
 * so the model stays free of serialisation annotations and the contract cannot drift silently: a test
 * validates every output against the schema.
 */
public final class PlanJson {
  /** The schema version this writer produces. */
  public static final String SCHEMA_VERSION = "1";

  private final ObjectMapper mapper;

  public PlanJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ObjectNode toJson(Plan plan) {
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.set("source", source(plan.source()));
    root.set("document", document(plan.document()));
    if (plan.signer() == null) {
      root.putNull("signer");
    } else {
      root.set("signer", signer(plan.signer()));
    }
    ArrayNode recipients = root.putArray("recipients");
    plan.recipients().forEach(recipients::add);
    root.set("legalBasis", array(plan.legalBasis(), this::legal));
    root.set("sections", array(plan.sections(), this::section));
    root.set("targets", array(plan.targets(), this::target));
    root.set("tasks", array(plan.tasks(), this::task));
    root.set("agencies", array(plan.agencies(), this::agency));
    root.set("deadlines", array(plan.deadlines(), this::deadline));
    root.set("budgets", array(plan.budgets(), this::budget));
    root.set("warnings", array(plan.warnings(), this::warning));
    return root;
  }

  private <T> ArrayNode array(List<T> items, java.util.function.Function<T, ObjectNode> f) {
    ArrayNode a = mapper.createArrayNode();
    items.forEach(i -> a.add(f.apply(i)));
    return a;
  }

  private ObjectNode source(PlanSource s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("file", s.file());
    o.put("format", s.format().jsonName());
    o.put("sha256", s.sha256());
    o.put("pages", s.pages());
    o.put("ocr", s.ocr());
    o.put("encoding", s.encoding() == null ? null : s.encoding().name());
    return o;
  }

  private ObjectNode document(PlanDocument d) {
    ObjectNode o = mapper.createObjectNode();
    o.put("number", d.number());
    o.put("title", d.title());
    ObjectNode issuer = o.putObject("issuer");
    issuer.put("name", d.issuer().name());
    issuer.put("level", d.issuer().level().name());
    ObjectNode loc = o.putObject("location");
    loc.put("province", d.location().province());
    loc.put("district", d.location().district());
    loc.put("commune", d.location().commune());
    o.put("place", d.place());
    o.put("issuedDate", d.issuedDate());
    o.put("issuedDateText", d.issuedDateText());
    o.put("planYear", d.planYear());
    if (d.period() == null) {
      o.putNull("period");
    } else {
      ObjectNode p = o.putObject("period");
      p.put("from", d.period().from());
      p.put("to", d.period().to());
    }
    return o;
  }

  private ObjectNode signer(Signer s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("name", s.name());
    o.put("title", s.title());
    o.put("authority", s.authority());
    if (s.span() != null) {
      o.set("span", span(s.span()));
    }
    return o;
  }

  private ObjectNode legal(LegalReference r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("type", r.type());
    o.put("number", r.number());
    o.put("date", r.date());
    o.set("span", span(r.span()));
    return o;
  }

  private ObjectNode section(Section s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("kind", s.kind().name());
    o.put("number", s.number());
    o.put("heading", s.heading());
    o.set("span", span(s.span()));
    return o;
  }

  private ObjectNode target(Target t) {
    ObjectNode o = mapper.createObjectNode();
    o.put("indicator", t.indicator());
    o.put("name", t.name());
    o.put("text", t.text());
    o.put("value", t.value());
    o.put("valueMax", t.valueMax());
    o.put("unit", t.unit().name().toLowerCase(Locale.ROOT));
    o.put("comparator", t.comparator() == null ? null : t.comparator().name());
    o.put("direction", t.direction() == null ? null : t.direction().name());
    o.put("year", t.year());
    o.set("span", span(t.span()));
    return o;
  }

  private ObjectNode task(Task t) {
    ObjectNode o = mapper.createObjectNode();
    o.put("number", t.number());
    o.put("text", t.text());
    ArrayNode lead = o.putArray("lead");
    t.lead().forEach(lead::add);
    ArrayNode partners = o.putArray("partners");
    t.partners().forEach(partners::add);
    o.put("timeline", t.timeline());
    o.set("span", span(t.span()));
    return o;
  }

  private ObjectNode agency(Agency a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("name", a.name());
    ArrayNode r = o.putArray("responsibilities");
    a.responsibilities().forEach(r::add);
    ArrayNode spans = o.putArray("spans");
    a.spans().forEach(s -> spans.add(span(s)));
    return o;
  }

  private ObjectNode deadline(Deadline d) {
    ObjectNode o = mapper.createObjectNode();
    o.put("date", d.date());
    o.put("yearInferred", d.yearInferred());
    o.put("text", d.text());
    o.put("what", d.what());
    o.set("span", span(d.span()));
    return o;
  }

  private ObjectNode budget(Budget b) {
    ObjectNode o = mapper.createObjectNode();
    o.put("amountVnd", b.amountVnd());
    o.put("purpose", b.purpose());
    ArrayNode sources = o.putArray("sources");
    b.sources().forEach(sources::add);
    o.put("text", b.text());
    o.set("span", span(b.span()));
    return o;
  }

  private ObjectNode warning(Warning w) {
    ObjectNode o = mapper.createObjectNode();
    o.put("code", w.code());
    o.put("message", w.message());
    if (w.span() != null) {
      o.set("span", span(w.span()));
    }
    return o;
  }

  private ObjectNode span(Span s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("start", s.start());
    o.put("end", s.end());
    o.put("page", s.page());
    return o;
  }
}
