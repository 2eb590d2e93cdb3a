package org.kehoach.index.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How values, units and comparators read in text output: "≥ 86%", "≤ 6.5 per 1,000", "150,000,000 VND". */
final class Values {
  private Values() {}

  static String number(double v) {
    DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v);
  }

  static String unit(String unit) {
    if (unit == null) {
      return "";
    }
    return switch (unit) {
      case "percent" -> "%";
      case "per_1000" -> " per 1,000";
      case "per_100000" -> " per 100,000";
      case "vnd" -> " VND";
      default -> "";
    };
  }

  static String comparator(String comparator) {
    if (comparator == null) {
      return "";
    }
    return switch (comparator) {
      case "GE" -> "≥ ";
      case "GT" -> "> ";
      case "LE" -> "≤ ";
      case "LT" -> "< ";
      default -> "";
    };
  }

  /** "≥ 86%", or "20–30%" for a range. */
  static String value(String comparator, double value, Double valueMax, String unit) {
    if (valueMax != null) {
      return number(value) + "–" + number(valueMax) + unit(unit);
    }
    return comparator(comparator) + number(value) + unit(unit);
  }

  /** "+0.5" or "−7.1%". */
  static String signed(double v, String suffix) {
    return (v > 0 ? "+" : v < 0 ? "−" : "") + number(Math.abs(v)) + suffix;
  }
}
