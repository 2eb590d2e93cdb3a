package org.kehoach.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.kehoach.model.Agency;
import org.kehoach.model.Budget;
import org.kehoach.model.Comparator;
import org.kehoach.model.Deadline;
import org.kehoach.model.Direction;
import org.kehoach.model.Issuer;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.model.LegalReference;
import org.kehoach.model.Period;
import org.kehoach.model.Plan;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanLocation;
import org.kehoach.model.PlanSource;
import org.kehoach.model.Section;
import org.kehoach.model.SectionKind;
import org.kehoach.model.Signer;
import org.kehoach.model.SourceFormat;
import org.kehoach.model.Span;
import org.kehoach.model.Target;
import org.kehoach.model.TargetUnit;
import org.kehoach.model.Task;
import org.kehoach.model.Warning;

/**
 * Invented plans of every shape the model allows, from a seed: absent and blank text, text JSON must escape
 * (quotes, backslashes, control characters, line separators, characters beyond the BMP), numbers of every
 * magnitude (negative zero, tiny, huge, not finite where the model lets them be), empty and full lists, and
 * plans of a few shared series so that indexing them makes versions and second sources.
 */
public final class RandomPlans {
  private static final String[] WORDS = {
    "Kế hoạch", "thực hiện", "công tác", "bảo vệ", "chăm sóc trẻ em", "năm 2024", "UBND huyện Lý Sơn",
    "tỉnh Quảng Ngãi", "Phòng Giáo dục và Đào tạo", "tỷ lệ trẻ em", "được tiêm chủng", "\"ngoặc kép\"",
    "dấu \\ gạch", "tab\there", "dòng\nmới", "điều khiển \u0001\u001f", "ngăn\u2028dòng", "chữ 𠀀 ngoài BMP",
    "<b>&amp;</b>", "Hoà Bình", "Hòa Bình", "43/KH-UBND", "đ", "x",
  };
  private static final String[] BLANKS = {"", " ", "\t \n"};
  private static final double[] NUMBERS = {
    0.0, -0.0, 95.0, 1.5, 0.1, 1e-7, 1.0E21, 123456789.125, 300_000_000.0, -12.75, Double.MIN_VALUE,
    Double.MAX_VALUE,
  };

  private final Random random;

  public RandomPlans(long seed) {
    this.random = new Random(seed);
  }

  public Plan next() {
    int series = random.nextInt(4);
    String file = "plan-" + random.nextInt(1_000_000) + ".txt";
    PlanSource source = new PlanSource(file, pick(SourceFormat.values()),
        String.format(java.util.Locale.ROOT, "%064x", random.nextLong() & Long.MAX_VALUE),
        random.nextBoolean() ? null : 1 + random.nextInt(40), random.nextBoolean(),
        random.nextBoolean() ? null : pick(LegacyEncoding.values()));
    PlanDocument document = random.nextBoolean() ? ofSeries(series) : document(series);
    Signer signer = random.nextInt(3) == 0 ? null : new Signer(text(), text(), text(), maybe(this::span));
    return new Plan(source, document, list(this::section), signer, list(this::word), list(this::legal),
        list(this::target), list(this::task), list(this::agency), list(this::deadline), list(this::budget),
        list(this::warning), String.join(" ", list(this::word)));
  }

  /** A document of one of a few series: one number and date makes another source, another a new version. */
  private PlanDocument ofSeries(int series) {
    return new PlanDocument((10 + random.nextInt(2)) + "/KH-UBND", "Kế hoạch số " + series,
        new Issuer("UBND huyện Lý Sơn", IssuerLevel.values()[series % IssuerLevel.values().length]),
        new PlanLocation("tỉnh Quảng Ngãi", "huyện Lý Sơn", null), "Lý Sơn", "2024-0" + (1 + random.nextInt(2)) + "-15",
        null, 2020 + series, null);
  }

  private PlanDocument document(int series) {
    return new PlanDocument(
        random.nextInt(3) == 0 ? text() : (10 + series) + "/KH-UBND",
        random.nextInt(4) == 0 ? text() : "Kế hoạch số " + series,
        new Issuer(text(), IssuerLevel.values()[series % IssuerLevel.values().length]),
        new PlanLocation(random.nextBoolean() ? "tỉnh Quảng Ngãi" : text(), text(), text()), text(),
        random.nextInt(3) == 0 ? null : "2024-0" + (1 + random.nextInt(9)) + "-15", text(),
        random.nextBoolean() ? null : 2020 + series, random.nextBoolean() ? null : new Period(2021, 2025));
  }

  private Section section() {
    return new Section(pick(SectionKind.values()), text(), word(), span(), span(), span(), List.of());
  }

  private LegalReference legal() {
    return new LegalReference(text(), word(), text(), span());
  }

  private Target target() {
    Double max = switch (random.nextInt(4)) {
      case 0 -> number();
      case 1 -> random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
      default -> null;
    };
    double value = random.nextInt(40) == 0 ? Double.NaN : number();
    return new Target(text(), word(), word(), value, max, pick(TargetUnit.values()),
        random.nextBoolean() ? null : pick(Comparator.values()), random.nextBoolean() ? null : pick(Direction.values()),
        random.nextBoolean() ? null : 2020 + random.nextInt(10), span());
  }

  private Task task() {
    return new Task(text(), word(), list(this::word), list(this::word), text(), span());
  }

  private Agency agency() {
    return new Agency(word(), list(this::word), list(this::span));
  }

  private Deadline deadline() {
    return new Deadline(word(), random.nextBoolean(), word(), text(), span());
  }

  private Budget budget() {
    Long amount = switch (random.nextInt(3)) {
      case 0 -> null;
      case 1 -> (long) random.nextInt(1000) * 1_000_000L;
      default -> random.nextLong();
    };
    return new Budget(amount, text(), list(this::word), word(), span());
  }

  private Warning warning() {
    return new Warning(word(), word(), maybe(this::span));
  }

  private Span span() {
    int start = random.nextInt(100_000);
    return new Span(start, start + random.nextInt(500), random.nextBoolean() ? null : 1 + random.nextInt(30));
  }

  private double number() {
    return random.nextBoolean() ? NUMBERS[random.nextInt(NUMBERS.length)] : random.nextDouble() * 1000;
  }

  /** Text that may be absent or blank. */
  private String text() {
    return switch (random.nextInt(5)) {
      case 0 -> null;
      case 1 -> BLANKS[random.nextInt(BLANKS.length)];
      default -> word();
    };
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private <T> T maybe(Supplier<T> item) {
    return random.nextBoolean() ? null : item.get();
  }

  private <T> List<T> list(Supplier<T> item) {
    int n = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(item.get());
    }
    return out;
  }

  private <E> E pick(E[] values) {
    return values[random.nextInt(values.length)];
  }
}
