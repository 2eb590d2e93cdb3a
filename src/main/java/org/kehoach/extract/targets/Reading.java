package org.kehoach.extract.targets;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.kehoach.extract.nlp.TokenShape;
import org.kehoach.extract.value.VietNumbers;
import org.kehoach.model.TargetUnit;

/**
 * A match of {@code values.rules} read into numbers: the tokens {@code [begin, end)} of the region, the
 * unit, and one number or two ({@code second} for "5-10%", "từ 0,01% đến 0,005%").
 */
record Reading(int begin, int end, TargetUnit unit, Form form, double first, Double second) {

  /** How many numbers the value has and how they relate. */
  enum Form {
    /** One number: "91%". */
    SINGLE,
    /** "A-B": a range. */
    SPAN,
    /** "từ A đến B": a range, or a baseline and a goal when a verb gives the direction. */
    FROMTO,
    /** "từ A xuống B": B is the goal. */
    DOWN,
    /** "từ A lên B": B is the goal. */
    UP
  }

  /**
   * Reads a rule result such as {@code "unit=PERCENT form=SPAN"}; {@code null} for a blocking match
   * ({@code block=…}) or when the numbers do not parse.
   */
  static Reading parse(String result, int begin, int end, List<CoreLabel> tokens) {
    TargetUnit unit = null;
    Form form = Form.SINGLE;
    for (String f : result.trim().split("\\s+")) {
      if (f.startsWith("block=")) {
        return null;
      } else if (f.startsWith("unit=")) {
        unit = TargetUnit.valueOf(f.substring(5));
      } else if (f.startsWith("form=")) {
        form = Form.valueOf(f.substring(5));
      } else {
        throw new IllegalArgumentException("unknown value feature '" + f + "' in rule result '" + result + "'");
      }
    }
    if (unit == null) {
      throw new IllegalArgumentException("value rule result without a unit: '" + result + "'");
    }
    if (unit == TargetUnit.VND) {
      Double amount = money(tokens, begin, end);
      return amount == null ? null : new Reading(begin, end, unit, Form.SINGLE, amount, null);
    }
    List<BigDecimal> numbers = numbers(tokens, begin, end);
    if (numbers.isEmpty() || (form != Form.SINGLE && numbers.size() < 2)) {
      return null;
    }
    Double second = form == Form.SINGLE ? null : numbers.get(1).doubleValue();
    return new Reading(begin, end, unit, form, numbers.get(0).doubleValue(), second);
  }

  private static List<BigDecimal> numbers(List<CoreLabel> tokens, int begin, int end) {
    List<BigDecimal> out = new ArrayList<>();
    for (int i = begin; i < end; i++) {
      CoreLabel t = tokens.get(i);
      if (isNumber(t)) {
        BigDecimal d = VietNumbers.parseDecimal(t.word());
        if (d == null) {
          return List.of();
        }
        out.add(d);
      }
    }
    return out;
  }

  /** "1 tỷ 200 triệu đồng" → 1.2e9; "684.000.000đ" → 6.84e8; stops at a per-unit tail ("/01 xã"). */
  private static Double money(List<CoreLabel> tokens, int begin, int end) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal pending = null;
    for (int i = begin; i < end && !"/".equals(tokens.get(i).word()); i++) {
      CoreLabel t = tokens.get(i);
      if (isNumber(t)) {
        total = pending == null ? total : total.add(pending);
        pending = VietNumbers.parseDecimal(t.word());
        if (pending == null) {
          return null;
        }
      } else {
        OptionalLong scale = VietNumbers.scale(t.word());
        if (scale.isPresent() && pending != null) {
          total = total.add(pending.multiply(BigDecimal.valueOf(scale.getAsLong())));
          pending = null;
        }
      }
    }
    total = pending == null ? total : total.add(pending);
    return total.signum() > 0 ? total.doubleValue() : null;
  }

  static boolean isNumber(CoreLabel t) {
    return TokenShape.NUMBER.name().equals(t.get(CoreAnnotations.ShapeAnnotation.class));
  }
}
