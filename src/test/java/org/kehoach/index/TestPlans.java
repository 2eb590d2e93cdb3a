package org.kehoach.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Plan JSON for tests: the hand-made Cẩm Phả plans, and a builder for small invented plans. */
final class TestPlans {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private TestPlans() {}

  /** The Cẩm Phả 2023 plan as the pipeline should write it (spans into corpus/2023_cam-pha.txt). */
  static ObjectNode campha2023() {
    return resource("/compare/2023_cam-pha.plan.json");
  }

  /** The synthetic previous-year variant (spans into corpus/synthetic/2022_cam-pha.synthetic.txt). */
  static ObjectNode campha2022() {
    return resource("/compare/2022_cam-pha.synthetic.plan.json");
  }

  static ObjectNode resource(String path) {
    try (InputStream in = TestPlans.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("test resource " + path + " missing");
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of {@code plan} as if read from another file: new file name, format and sha, spans shifted. */
  static ObjectNode asFile(JsonNode plan, String file, String format, int spanShift) {
    ObjectNode copy = plan.deepCopy();
    ObjectNode source = (ObjectNode) copy.get("source");
    source.put("file", file).put("format", format).put("sha256", sha256(file));
    for (JsonNode t : copy.withArray("targets")) {
      ObjectNode span = (ObjectNode) t.get("span");
      span.put("start", span.get("start").asInt() + spanShift).put("end", span.get("end").asInt() + spanShift);
    }
    return copy;
  }

  static String sha256(String s) {
    return sha256Bytes(s.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256Bytes(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Builder plan(String province, String district, int year) {
    return new Builder(province, district, year);
  }

  /** Builds a small plan that conforms to the schema. */
  static final class Builder {
    private final ObjectNode root = MAPPER.createObjectNode();
    private final ArrayNode targets;
    private final ArrayNode agencies;
    private final ArrayNode budgets;
    private final StringBuilder text = new StringBuilder();

    Builder(String province, String district, int year) {
      root.put("schemaVersion", "1");
      String file = year + "_" + (district == null ? province : district) + ".txt";
      root.putObject("source").put("file", file).put("format", "txt").put("sha256", sha256(file))
          .putNull("pages").put("ocr", false).putNull("encoding");
      ObjectNode doc = root.putObject("document");
      doc.put("number", "10/KH-UBND").put("title", "Công tác trẻ em năm " + year);
      doc.putObject("issuer").put("name", "Ủy ban nhân dân").put("level", district == null ? "PROVINCE" : "DISTRICT");
      doc.putObject("location").put("province", province).put("district", district).putNull("commune");
      doc.put("place", district).put("issuedDate", (year - 1) + "-12-20").putNull("issuedDateText")
          .put("planYear", year).putNull("period");
      root.putNull("signer");
      root.putArray("recipients");
      root.putArray("legalBasis");
      root.putArray("sections");
      targets = root.putArray("targets");
      root.putArray("tasks");
      agencies = root.putArray("agencies");
      root.putArray("deadlines");
      budgets = root.putArray("budgets");
      root.putArray("warnings");
    }

    Builder number(String n) {
      ((ObjectNode) root.get("document")).put("number", n);
      return this;
    }

    Builder title(String t) {
      ((ObjectNode) root.get("document")).put("title", t);
      return this;
    }

    Builder issued(String date) {
      ((ObjectNode) root.get("document")).put("issuedDate", date);
      return this;
    }

    Builder level(String level) {
      ((ObjectNode) root.get("document").get("issuer")).put("level", level);
      return this;
    }

    Builder file(String file, String format) {
      ((ObjectNode) root.get("source")).put("file", file).put("format", format).put("sha256", sha256(file));
      return this;
    }

    /** A target whose clause is "{name} {verb} {value}{unit sign}". */
    Builder target(String indicator, String name, String clause, double value, String unit, String comparator,
        String direction) {
      int start = text.length();
      text.append(clause).append(". ");
      ObjectNode t = targets.addObject();
      t.put("indicator", indicator).put("name", name).put("text", clause).put("value", value).putNull("valueMax")
          .put("unit", unit).put("comparator", comparator).put("direction", direction)
          .put("year", root.get("document").get("planYear").asInt());
      t.putObject("span").put("start", start).put("end", start + clause.length()).putNull("page");
      return this;
    }

    Builder agency(String name) {
      ObjectNode a = agencies.addObject();
      a.put("name", name);
      a.putArray("responsibilities");
      a.putArray("spans").addObject().put("start", 0).put("end", 1);
      return this;
    }

    Builder budget(long amount) {
      ObjectNode b = budgets.addObject();
      b.put("amountVnd", amount).putNull("purpose").put("text", "Kinh phí " + amount + " đồng");
      b.putArray("sources");
      b.putObject("span").put("start", 0).put("end", 1);
      return this;
    }

    ObjectNode build() {
      return root.deepCopy();
    }
  }
}
