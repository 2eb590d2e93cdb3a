package org.kehoach.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.kehoach.bench.SyntheticWorld.District;
import org.kehoach.bench.SyntheticWorld.IndicatorSpec;
import org.kehoach.model.Direction;

/**
 * Writes synthetic plans: plan texts in the shape of district child-protection plans and the plan JSON a
 * perfect extraction would give, with spans into the text. Plan {@code i} is a pure function of the seed and
 * {@code i}: its district is {@code i mod D} (D real district-level units from the gazetteer), then the year
 * runs over {@value #YEARS} years from {@value Draws#FIRST_YEAR}, then the topic over the topics, and past
 * that the plans are revised editions (new number, later date, a few values changed) of earlier ones, which
 * the index lists as new versions. Values drift year to year the way each indicator should, a few targets
 * come and go, wordings are drawn from the indicator's synonyms and change every few years, one target in
 * ten has no indicator id, and the layout of the target list varies. Immutable and thread-safe.
 */
public final class SyntheticPlans {
  public static final int YEARS = 12;

  /** The measure word a phrase may start with, e.g. "tỷ lệ" in "tỷ lệ trẻ em bỏ học". */
  private static final Pattern MEASURE_WORD = Pattern.compile("^(?:tỷ lệ|tỷ suất|số|Tỷ lệ|Tỷ suất|Số) ");

  private final SyntheticWorld world;
  private final Templates templates = Templates.standard();
  private final Draws draws;
  private final ObjectMapper mapper = new ObjectMapper();

  public SyntheticPlans(SyntheticWorld world, long seed) {
    this.world = world;
    this.draws = new Draws(world.indicators(), seed);
  }

  /** Coordinates of plan {@code i}. */
  public record Coordinates(int district, int year, int topic, int edition) {}

  public Coordinates coordinates(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("plan index must be >= 0, got " + i);
    }
    int districts = world.districts().size();
    int r = i / districts;
    int round = r / YEARS;
    return new Coordinates(i % districts, Draws.FIRST_YEAR + r % YEARS, round % templates.topics().size(),
        round / templates.topics().size());
  }

  /** The index {@code i} whose plan has these coordinates (the inverse of {@link #coordinates}). */
  public int indexOf(Coordinates c) {
    int topics = templates.topics().size();
    long i = c.district() + (long) world.districts().size()
        * ((c.year() - Draws.FIRST_YEAR) + (long) YEARS * (c.topic() + (long) topics * c.edition()));
    if (c.year() < Draws.FIRST_YEAR || c.year() >= Draws.FIRST_YEAR + YEARS || i > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("no synthetic plan has coordinates " + c);
    }
    return (int) i;
  }

  /** How many topics plans are spread over. */
  public int topicCount() {
    return templates.topics().size();
  }

  public SyntheticWorld world() {
    return world;
  }

  public SyntheticPlan plan(int i) {
    Coordinates c = coordinates(i);
    return plan(c.district(), c.year(), c.topic(), c.edition());
  }

  /** Writes plans {@code 0..n-1} as {@code NAME.json}, and {@code NAME.txt} when {@code texts}. */
  public void write(Path dir, int n, boolean texts) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < n; i++) {
      SyntheticPlan p = plan(i);
      Files.write(dir.resolve(p.name() + ".json"), mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(p.json()));
      if (texts) {
        Files.writeString(dir.resolve(p.name() + ".txt"), p.text(), StandardCharsets.UTF_8);
      }
    }
  }

  public SyntheticPlan plan(int d, int year, int topicIndex, int edition) {
    District district = world.districts().get(d);
    Templates.Topic topic = templates.topics().get(topicIndex);
    SplittableRandom rng = draws.random(d, year, topicIndex, edition, 7);
    String title = topic.title().replace("{year}", Integer.toString(year));
    String name = year + "_" + district.code() + "-" + Draws.slug(district.name()) + "_t" + topicIndex
        + (edition > 0 ? "_e" + edition : "") + ".synthetic";
    int number = 10 + rng.nextInt(290);
    int issueYear = edition > 0 ? year : year - (rng.nextBoolean() ? 1 : 0);
    int month = edition > 0 ? Math.min(12, 3 + 3 * edition) : issueYear < year ? 11 + rng.nextInt(2) : 1 + rng.nextInt(3);
    int day = 1 + rng.nextInt(28);

    TextBuilder text = new TextBuilder();
    text.line("ỦY BAN NHÂN DÂN");
    text.line(district.fullName().toUpperCase(Locale.ROOT));
    text.blank();
    text.line("Số: " + number + "/KH-UBND");
    text.line(district.name() + ", ngày " + day + " tháng " + month + " năm " + issueYear);
    text.blank();
    text.line("KẾ HOẠCH");
    text.line(title);
    text.blank();
    int basis = 1 + rng.nextInt(200);
    text.append("Căn cứ Kế hoạch số ");
    int[] basisSpan = text.append(basis + "/KH-UBND");
    text.line(" của Ủy ban nhân dân tỉnh " + district.province() + " về " + Draws.lowerFirst(topic.title()
        .replace("{year}", Integer.toString(year))) + ";");
    text.line("Ủy ban nhân dân " + Draws.lowerFirst(district.fullName()) + " ban hành Kế hoạch như sau:");
    text.blank();

    ObjectNode root = mapper.createObjectNode();
    ArrayNode sections = mapper.createArrayNode();
    section(sections, "OBJECTIVES", "I", "I. MỤC TIÊU", text);
    text.line("1. Mục tiêu chung");
    text.line("Nâng cao hiệu quả công tác bảo vệ, chăm sóc trẻ em trên địa bàn; thực hiện tốt các quyền của trẻ em.");
    text.line("2. Mục tiêu cụ thể");
    ArrayNode targets = targets(text, d, year, topic, topicIndex, edition, rng);
    text.blank();
    section(sections, "TASKS", "II", "II. NHIỆM VỤ VÀ GIẢI PHÁP", text);
    List<String> agencies = agencies(d, topicIndex, year);
    ArrayNode tasks = mapper.createArrayNode();
    for (int k = 0; k < Math.min(3, agencies.size()); k++) {
      String task = (k + 1) + ". Tăng cường công tác truyền thông, tập huấn về bảo vệ, chăm sóc trẻ em, do "
          + agencies.get(k) + " chủ trì.";
      ObjectNode t = tasks.addObject().put("number", Integer.toString(k + 1)).put("text", task);
      t.putArray("lead").add(agencies.get(k));
      t.putArray("partners");
      t.putNull("timeline");
      TextBuilder.span(t, text.line(task));
    }
    text.blank();
    section(sections, "BUDGET", "III", "III. KINH PHÍ THỰC HIỆN", text);
    ArrayNode budgets = mapper.createArrayNode();
    if (draws.random(d, topicIndex, year, 8).nextInt(5) < 3) {
      long amount = (50 + draws.random(d, topicIndex, 9).nextInt(75) * 10L + (year - Draws.FIRST_YEAR) * 10L)
          * 1_000_000L;
      String line = "Tổng kinh phí thực hiện: " + Draws.vietnamese(amount) + " đồng, từ nguồn ngân sách "
          + Draws.lowerFirst(district.fullName()) + ".";
      ObjectNode b = budgets.addObject().put("amountVnd", amount).putNull("purpose").put("text", line);
      b.putArray("sources").add("ngân sách " + Draws.lowerFirst(district.fullName()));
      TextBuilder.span(b, text.line(line));
    } else {
      text.line("Từ nguồn ngân sách nhà nước và các nguồn huy động hợp pháp khác.");
    }
    text.blank();
    section(sections, "ORGANIZATION", "IV", "IV. TỔ CHỨC THỰC HIỆN", text);
    ArrayNode agencyNodes = mapper.createArrayNode();
    for (int k = 0; k < agencies.size(); k++) {
      ObjectNode a = agencyNodes.addObject().put("name", agencies.get(k));
      a.putArray("responsibilities").add("Chủ trì, phối hợp triển khai các nội dung của Kế hoạch.");
      int[] span = text.line((k + 1) + ". " + agencies.get(k));
      ArrayNode spans = a.putArray("spans");
      spans.addObject().put("start", span[0] + 2 + Integer.toString(k + 1).length()).put("end", span[1])
          .putNull("page");
      text.line("- Chủ trì, phối hợp triển khai các nội dung của Kế hoạch.");
    }
    text.append("Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh ");
    int[] deadlineSpan = text.append("trước ngày 15/12/" + year);
    text.line(".");

    String body = text.toString();
    root.put("schemaVersion", "1");
    root.putObject("source").put("file", name + ".txt").put("format", "txt").put("sha256", sha256(body))
        .putNull("pages").put("ocr", false).putNull("encoding");
    ObjectNode doc = root.putObject("document");
    doc.put("number", number + "/KH-UBND").put("title", title);
    doc.putObject("issuer").put("name", "Ủy ban nhân dân " + Draws.lowerFirst(district.fullName())).put("level", "DISTRICT");
    doc.putObject("location").put("province", district.province()).put("district", district.name()).putNull("commune");
    doc.put("place", district.name())
        .put("issuedDate", String.format(Locale.ROOT, "%04d-%02d-%02d", issueYear, month, day))
        .put("issuedDateText", "ngày " + day + " tháng " + month + " năm " + issueYear).put("planYear", year)
        .putNull("period");
    root.putNull("signer");
    root.putArray("recipients");
    ObjectNode legal = root.putArray("legalBasis").addObject().put("type", "Kế hoạch").put("number", basis + "/KH-UBND")
        .putNull("date");
    TextBuilder.span(legal, basisSpan);
    root.set("sections", sections);
    root.set("targets", targets);
    root.set("tasks", tasks);
    root.set("agencies", agencyNodes);
    ObjectNode deadline = root.putArray("deadlines").addObject().put("date", year + "-12-15").put("yearInferred", false)
        .put("text", "trước ngày 15/12/" + year).put("what", "báo cáo kết quả thực hiện");
    TextBuilder.span(deadline, deadlineSpan);
    root.set("budgets", budgets);
    root.putArray("warnings");
    return new SyntheticPlan(name, root, body);
  }

  private ArrayNode targets(TextBuilder text, int d, int year, Templates.Topic topic, int topicIndex, int edition,
      SplittableRandom rng) {
    ArrayNode out = mapper.createArrayNode();
    List<Integer> chosen = draws.indicators(d, topic, topicIndex, year);
    int layout = draws.random(d, year, 10).nextInt(4);
    SplittableRandom revise = draws.random(d, year, topicIndex, edition, 11);
    int n = 0;
    for (int k : chosen) {
      IndicatorSpec ind = world.indicators().get(k);
      double value = draws.value(d, k, year);
      if (edition > 0 && revise.nextInt(3) == 0) {
        double factor = revise.nextBoolean() ? 1.05 : 0.95;
        value = ind.unit().equals("percent") ? Math.min(100, Draws.round(value * factor, 2)) : Math.rint(value * factor);
      }
      Direction direction = ind.better();
      if (direction == Direction.INCREASE && ind.unit().equals("percent") && value >= 99 && rng.nextInt(3) == 0) {
        direction = Direction.MAINTAIN;
      }
      List<Templates.Clause> options = templates.clauses(direction, ind.unit());
      Templates.Clause clause = options.get(rng.nextInt(options.size()));
      String phrase = draws.wording(d, k, year);
      if (clause.valueFirst()) {
        phrase = MEASURE_WORD.matcher(phrase).replaceFirst("");
      } else if (direction == Direction.DECREASE && !MEASURE_WORD.matcher(phrase).lookingAt()) {
        // "giảm trẻ em bị xâm hại" reads wrong: plans say "giảm tỷ lệ …"
        phrase = (ind.unit().startsWith("per_") ? "tỷ suất " : ind.unit().equals("percent") ? "tỷ lệ " : "số ")
            + phrase;
      }
      String written = clause.template().replace("{name}", phrase).replace("{value}", valueText(value, ind.unit()));
      n++;
      String prefix = switch (layout) {
        case 0 -> "- Chỉ tiêu " + n + ": ";
        case 1 -> (char) ('a' + (n - 1) % 26) + ") ";
        case 2 -> "+ ";
        default -> "2." + n + ". ";
      };
      if (layout != 0) {
        written = Draws.upperFirst(written);
        if (written.startsWith(Draws.upperFirst(phrase))) {
          phrase = Draws.upperFirst(phrase);
        }
      }
      text.append(prefix);
      int[] span = text.append(written);
      text.line(layout == 1 ? ";" : ".");
      ObjectNode t = out.addObject();
      if (draws.identified(d, k)) {
        t.put("indicator", ind.id());
      } else {
        t.putNull("indicator");
      }
      t.put("name", phrase).put("text", written).put("value", value).putNull("valueMax").put("unit", ind.unit())
          .put("comparator", clause.comparator().name()).put("direction", direction.name()).put("year", year);
      TextBuilder.span(t, span);
    }
    return out;
  }

  private List<String> agencies(int d, int topicIndex, int year) {
    List<String> all = world.agencies();
    SplittableRandom base = draws.random(d, topicIndex, 12);
    List<String> out = new ArrayList<>();
    int k = Math.min(all.size(), 4 + base.nextInt(5));
    while (out.size() < k) {
      String a = all.get(base.nextInt(all.size()));
      if (!out.contains(a)) {
        out.add(a);
      }
    }
    SplittableRandom y = draws.random(d, topicIndex, year, 13);
    if (y.nextInt(3) == 0) {
      String a = all.get(y.nextInt(all.size()));
      if (!out.contains(a)) {
        out.set(y.nextInt(out.size()), a);
      }
    }
    return out;
  }

  private static String valueText(double v, String unit) {
    return switch (unit) {
      case "percent" -> Draws.vietnamese(v) + "%";
      case "per_1000" -> Draws.vietnamese(v) + " trẻ/1.000 trẻ đẻ ra sống";
      case "per_100000" -> Draws.vietnamese(v) + "/100.000 trẻ em";
      case "vnd" -> Draws.vietnamese(v / 1_000_000) + " triệu đồng";
      default -> Draws.vietnamese(v);
    };
  }

  private static void section(ArrayNode sections, String kind, String number, String heading, TextBuilder text) {
    ObjectNode s = sections.addObject().put("kind", kind).put("number", number).put("heading", heading);
    TextBuilder.span(s, text.line(heading));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
