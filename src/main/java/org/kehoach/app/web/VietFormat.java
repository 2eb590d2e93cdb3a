package org.kehoach.app.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Vietnamese readers write them: "99,5", "1.250.000.000". Thread-confined: one per page. */
final class VietFormat {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  private final DecimalFormat decimal;
  private final DecimalFormat integer;

  VietFormat() {
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(VI);
    sym.setDecimalSeparator(',');
    sym.setGroupingSeparator('.');
    decimal = new DecimalFormat("#,##0.######", sym);
    integer = new DecimalFormat("#,##0", sym);
  }

  String number(double v) {
    return decimal.format(new BigDecimal(Double.toString(v)));
  }

  String integer(long v) {
    return integer.format(v);
  }
}
