package org.kehoach.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
 *
 * <p>The plan is written token by token to a generator of the mapper, with no tree in between: building a
 * tree only to serialise it cost more than the writing. The bytes are those the mapper writes for the
 * same tree, pretty-printed ({@link #pretty}, the output file) or compact ({@link #compact}, what the index
 * stores). A caller that has the pretty bytes already takes the compact ones from them ({@link #compactOf}): dropping
 * the printer's whitespace is a plain byte scan, far cheaper than writing the plan a second time. Thread-safe.
 */
public final class PlanJson {
  /** The schema version this writer produces. */
  public static final String SCHEMA_VERSION = "1";

  /** Room for a typical plan's JSON, so the buffer rarely grows. */
  private static final int INITIAL_BYTES = 1 << 15;

  private final ObjectWriter prettyWriter;
  private final ObjectWriter compactWriter;

  public PlanJson(ObjectMapper mapper) {
    this.prettyWriter = mapper.writerWithDefaultPrettyPrinter();
    this.compactWriter = mapper.writer();
  }

  /** The plan's JSON as the output file holds it: UTF-8, pretty-printed by the mapper's default printer. */
  public byte[] pretty(Plan plan) {
    return bytes(plan, prettyWriter);
  }

  /** The plan's JSON without whitespace: UTF-8, as the mapper writes a value by default. */
  public byte[] compact(Plan plan) {
    return bytes(plan, compactWriter);
  }

  /**
   * The compact form of JSON written by the mapper's default pretty printer: the same bytes without the
   * whitespace the printer puts between tokens, which are the bytes the mapper writes with no printer. The
   * printer adds only spaces and line breaks, and only outside strings; inside a string every control character
   * is escaped and a UTF-8 byte of a non-ASCII character is never a quote or a backslash, so a byte scan that
   * follows the strings finds every such whitespace and nothing else.
   *
   * @param prettyJson UTF-8 JSON as {@link #pretty} writes it
   */
  public static byte[] compactOf(byte[] prettyJson) {
    byte[] out = new byte[prettyJson.length];
    int n = 0;
    int i = 0;
    while (i < prettyJson.length) {
      byte b = prettyJson[i++];
      if (b == '"') {
        out[n++] = b;
        // copy the string up to its closing quote; an escaped character (\", \\ ...) is copied with its backslash
        while (i < prettyJson.length) {
          byte c = prettyJson[i++];
          out[n++] = c;
          if (c == '"') {
            break;
          }
          if (c == '\\' && i < prettyJson.length) {
            out[n++] = prettyJson[i++];
          }
        }
      } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        out[n++] = b;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static byte[] bytes(Plan plan, ObjectWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BYTES);
    try (JsonGenerator g = writer.createGenerator(out, JsonEncoding.UTF8)) {
      write(plan, g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON into memory", e);
    }
    return out.toByteArray();
  }

  /** Writes the plan as one JSON object. */
  static void write(Plan plan, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    g.writeFieldName("source");
    source(plan.source(), g);
    g.writeFieldName("document");
    document(plan.document(), g);
    g.writeFieldName("signer");
    if (plan.signer() == null) {
      g.writeNull();
    } else {
      signer(plan.signer(), g);
    }
    strings("recipients", plan.recipients(), g);
    array("legalBasis", plan.legalBasis(), PlanJson::legal, g);
    array("sections", plan.sections(), PlanJson::section, g);
    array("targets", plan.targets(), PlanJson::target, g);
    array("tasks", plan.tasks(), PlanJson::task, g);
    array("agencies", plan.agencies(), PlanJson::agency, g);
    array("deadlines", plan.deadlines(), PlanJson::deadline, g);
    array("budgets", plan.budgets(), PlanJson::budget, g);
    array("warnings", plan.warnings(), PlanJson::warning, g);
    g.writeEndObject();
  }

  /** Writes one item as a JSON value. */
  private interface ItemWriter<T> {
    void write(T item, JsonGenerator g) throws IOException;
  }

  private static <T> void array(String name, List<T> items, ItemWriter<T> f, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(name);
    for (T item : items) {
      f.write(item, g);
    }
    g.writeEndArray();
  }

  private static void strings(String name, List<String> items, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : items) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static void source(PlanSource s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", s.file());
    g.writeStringField("format", s.format().jsonName());
    g.writeStringField("sha256", s.sha256());
    number("pages", s.pages(), g);
    g.writeBooleanField("ocr", s.ocr());
    g.writeStringField("encoding", s.encoding() == null ? null : s.encoding().name());
    g.writeEndObject();
  }

  private static void document(PlanDocument d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", d.number());
    g.writeStringField("title", d.title());
    g.writeObjectFieldStart("issuer");
    g.writeStringField("name", d.issuer().name());
    g.writeStringField("level", d.issuer().level().name());
    g.writeEndObject();
    g.writeObjectFieldStart("location");
    g.writeStringField("province", d.location().province());
    g.writeStringField("district", d.location().district());
    g.writeStringField("commune", d.location().commune());
    g.writeEndObject();
    g.writeStringField("place", d.place());
    g.writeStringField("issuedDate", d.issuedDate());
    g.writeStringField("issuedDateText", d.issuedDateText());
    number("planYear", d.planYear(), g);
    if (d.period() == null) {
      g.writeNullField("period");
    } else {
      g.writeObjectFieldStart("period");
      g.writeNumberField("from", d.period().from());
      g.writeNumberField("to", d.period().to());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void signer(Signer s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", s.name());
    g.writeStringField("title", s.title());
    g.writeStringField("authority", s.authority());
    if (s.span() != null) {
      span(s.span(), g);
    }
    g.writeEndObject();
  }

  private static void legal(LegalReference r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", r.type());
    g.writeStringField("number", r.number());
    g.writeStringField("date", r.date());
    span(r.span(), g);
    g.writeEndObject();
  }

  private static void section(Section s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", s.kind().name());
    g.writeStringField("number", s.number());
    g.writeStringField("heading", s.heading());
    span(s.span(), g);
    g.writeEndObject();
  }

  private static void target(Target t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", t.indicator());
    g.writeStringField("name", t.name());
    g.writeStringField("text", t.text());
    g.writeNumberField("value", t.value());
    if (t.valueMax() == null) {
      g.writeNullField("valueMax");
    } else {
      g.writeNumberField("valueMax", t.valueMax().doubleValue());
    }
    g.writeStringField("unit", t.unit().name().toLowerCase(Locale.ROOT));
    g.writeStringField("comparator", t.comparator() == null ? null : t.comparator().name());
    g.writeStringField("direction", t.direction() == null ? null : t.direction().name());
    number("year", t.year(), g);
    span(t.span(), g);
    g.writeEndObject();
  }

  private static void task(Task t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", t.number());
    g.writeStringField("text", t.text());
    strings("lead", t.lead(), g);
    strings("partners", t.partners(), g);
    g.writeStringField("timeline", t.timeline());
    span(t.span(), g);
    g.writeEndObject();
  }

  private static void agency(Agency a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.name());
    strings("responsibilities", a.responsibilities(), g);
    g.writeArrayFieldStart("spans");
    for (Span s : a.spans()) {
      spanObject(s, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void deadline(Deadline d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", d.date());
    g.writeBooleanField("yearInferred", d.yearInferred());
    g.writeStringField("text", d.text());
    g.writeStringField("what", d.what());
    span(d.span(), g);
    g.writeEndObject();
  }

  private static void budget(Budget b, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (b.amountVnd() == null) {
      g.writeNullField("amountVnd");
    } else {
      g.writeNumberField("amountVnd", b.amountVnd().longValue());
    }
    g.writeStringField("purpose", b.purpose());
    strings("sources", b.sources(), g);
    g.writeStringField("text", b.text());
    span(b.span(), g);
    g.writeEndObject();
  }

  private static void warning(Warning w, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", w.code());
    g.writeStringField("message", w.message());
    if (w.span() != null) {
      span(w.span(), g);
    }
    g.writeEndObject();
  }

  /** The field {@code "span"} holding {@code s}. */
  private static void span(Span s, JsonGenerator g) throws IOException {
    g.writeFieldName("span");
    spanObject(s, g);
  }

  private static void spanObject(Span s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    number("page", s.page(), g);
    g.writeEndObject();
  }

  /** An integer field, or {@code null} when there is no value. */
  private static void number(String name, Integer value, JsonGenerator g) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value.intValue());
    }
  }
}
