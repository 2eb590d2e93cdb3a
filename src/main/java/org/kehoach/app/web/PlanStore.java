package org.kehoach.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kehoach.model.Plan;
import org.kehoach.model.PlanSource;
import org.kehoach.pipeline.OutputWriter;

/**
 * The output folder the CLI's {@code parse} writes and the server reads and writes: {@code <id>.json} and
 * {@code <id>.txt} per plan, where the id is the plan's {@code source.file}. An id from a URL is only ever
 * resolved inside the folder after checks ({@link #file}); an upload's id is a sanitised name
 * ({@link FileNames}) made unique against plans of other content. Thread-safe: writes are serialised, so
 * two uploads with one name never take the same id.
 */
public final class PlanStore {
  private final Path dir;
  private final ObjectMapper mapper;
  private final OutputWriter writer;
  private final Object writeLock = new Object();

  public PlanStore(Path dir, ObjectMapper mapper) {
    this.dir = dir.toAbsolutePath().normalize();
    this.mapper = mapper;
    this.writer = new OutputWriter(this.dir, mapper);
  }

  public Path dir() {
    return dir;
  }

  /** One stored plan, as the plan list shows it. */
  public record Summary(String id, String title, String number, String issuer, String district, String province,
      Integer year, int targets) {}

  /** Every plan JSON in the folder (not its sub-folders), by id. Files that are not plans are skipped. */
  public List<Summary> list() throws IOException {
    List<Summary> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      String id = name.substring(0, name.length() - ".json".length());
      JsonNode plan;
      try {
        plan = mapper.readTree(f.toFile());
      } catch (IOException e) {
        continue; // being written, or not JSON: not a plan to list
      }
      if (plan == null || !plan.has("schemaVersion") || !plan.path("source").has("file")) {
        continue; // report.json and other files
      }
      JsonNode doc = plan.path("document");
      out.add(new Summary(id, text(doc, "title"), text(doc, "number"), text(doc.path("issuer"), "name"),
          text(doc.path("location"), "district"), text(doc.path("location"), "province"),
          doc.path("planYear").isInt() ? doc.path("planYear").asInt() : null, plan.path("targets").size()));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  /**
   * The file of a plan id with the given extension, when the id is a plain name. Ids with path separators,
   * a leading dot, control characters or {@code ..} are refused before any path is built, and the resolved
   * path must still lie directly in the folder.
   */
  Optional<Path> file(String id, String extension) {
    if (!isPlainName(id)) {
      return Optional.empty();
    }
    Path p = dir.resolve(id + extension).normalize();
    if (!dir.equals(p.getParent()) || !Files.isRegularFile(p)) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  static boolean isPlainName(String id) {
    if (id == null || id.isEmpty() || id.length() > 255 || id.startsWith(".") || id.contains("..")) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  /** The plan JSON of an id; empty when there is none. */
  public Optional<JsonNode> json(String id) throws IOException {
    Optional<Path> f = file(id, ".json");
    if (f.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.readTree(f.get().toFile()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** The normalised text the plan's spans index into; empty when there is none. */
  public Optional<String> text(String id) throws IOException {
    Optional<Path> f = file(id, ".txt");
    if (f.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(f.get(), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /**
   * Stores a plan under {@code name}, or under {@code name-2}, {@code name-3} … when a plan of other content
   * (another sha256) already has that name; the same content again replaces its earlier output.
   *
   * @return the id the plan was stored under (also its {@code source.file})
   */
  public String write(Plan plan, String name) throws IOException {
    synchronized (writeLock) {
      String id = freeName(name, plan.source().sha256());
      writer.write(renamed(plan, id));
      return id;
    }
  }

  private String freeName(String name, String sha256) throws IOException {
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : numbered(name, n);
      Optional<JsonNode> existing = json(candidate);
      if (existing.isEmpty() || sha256.equals(existing.get().path("source").path("sha256").asText())) {
        return candidate;
      }
    }
  }

  /** "ke-hoach.pdf", 2 → "ke-hoach-2.pdf". */
  static String numbered(String name, int n) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
  }

  private static Plan renamed(Plan p, String file) {
    PlanSource s = p.source();
    return new Plan(new PlanSource(file, s.format(), s.sha256(), s.pages(), s.ocr(), s.encoding()), p.document(),
        p.sections(), p.signer(), p.recipients(), p.legalBasis(), p.targets(), p.tasks(), p.agencies(), p.deadlines(),
        p.budgets(), p.warnings(), p.text());
  }
}
