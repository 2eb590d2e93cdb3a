package org.kehoach.extract.value;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.kehoach.text.Fold;

/**
 * Reads numbers as Vietnamese documents write them: a comma is the decimal mark ("6,5"), dots group
 * thousands ("100.000", "684.000.000"), leading zeros are kept for alignment ("09"). A lone dot followed by
 * other than three digits is read as a decimal point, since OCR and some offices write "1.5".
 */
public final class VietNumbers {
  /** Digits with optional dot groups of three and an optional decimal comma: "1.000", "6,5", "100.000,25". */
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
  /** Digits with an optional decimal comma: "09", "6,5". */
  private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+(?:,\\d+)?");
  /** Digits with a decimal dot that is not a thousands group: "1.5", "99.50". */
  private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.(?:\\d{1,2}|\\d{4,})");

  private VietNumbers() {}

  /** The value of a number token, or empty when the token is not a number. */
  public static OptionalDouble parse(String token) {
    BigDecimal d = parseDecimal(token);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d.doubleValue());
  }

  /** Exact value of a number token, or {@code null}. */
  public static BigDecimal parseDecimal(String token) {
    if (token == null || token.isEmpty() || token.length() > 40) {
      return null;
    }
    String t = token.trim();
    if (GROUPED.matcher(t).matches()) {
      return new BigDecimal(t.replace(".", "").replace(',', '.'));
    }
    if (COMMA_DECIMAL.matcher(t).matches()) {
      return new BigDecimal(t.replace(',', '.'));
    }
    if (DOT_DECIMAL.matcher(t).matches()) {
      return new BigDecimal(t);
    }
    return null;
  }

  /**
   * The multiplier of a money scale word ("nghìn"/"ngàn" 10³, "triệu" 10⁶, "tỷ"/"tỉ" 10⁹), or empty for
   * any other word. Compared folded, so "Triệu" and "trieu" both count.
   */
  public static OptionalLong scale(String word) {
    return switch (Fold.fold(word).toLowerCase(Locale.ROOT)) {
      case "nghin", "ngan" -> OptionalLong.of(1_000L);
      case "trieu" -> OptionalLong.of(1_000_000L);
      case "ty", "ti" -> OptionalLong.of(1_000_000_000L);
      default -> OptionalLong.empty();
    };
  }

  /** {@code value × scale} rounded to whole đồng, or empty on overflow. */
  public static OptionalLong money(BigDecimal value, long scale) {
    try {
      return OptionalLong.of(value.multiply(BigDecimal.valueOf(scale)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }
}
