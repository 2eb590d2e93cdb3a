package org.kehoach.index;

import org.kehoach.model.IssuerLevel;
import org.kehoach.model.TargetUnit;

/**
 * Restrictions on which plans and targets a search considers; {@code null} leaves a part unrestricted.
 * Places match by key (diacritics, case, tone placement and type words such as "tỉnh" ignored).
 *
 * @param province province name
 * @param district district-level unit name
 * @param level issuer level
 * @param year plan year
 * @param from first plan year of a range (inclusive)
 * @param to last plan year of a range (inclusive)
 * @param indicator canonical indicator id (targets only)
 * @param unit target unit (targets only)
 * @param includeSuperseded whether versions replaced by a newer version of the same plan count too
 */
public record Filters(
    String province, String district, IssuerLevel level, Integer year, Integer from, Integer to,
    String indicator, TargetUnit unit, boolean includeSuperseded) {
  public Filters {
    if (from != null && to != null && from > to) {
      throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
    }
  }

  /** No restriction but the default: current versions only. */
  public static Filters none() {
    return new Filters(null, null, null, null, null, null, null, null, false);
  }

  public Filters withProvince(String p) {
    return new Filters(p, district, level, year, from, to, indicator, unit, includeSuperseded);
  }

  public Filters withDistrict(String d) {
    return new Filters(province, d, level, year, from, to, indicator, unit, includeSuperseded);
  }

  public Filters withLevel(IssuerLevel l) {
    return new Filters(province, district, l, year, from, to, indicator, unit, includeSuperseded);
  }

  public Filters withYear(Integer y) {
    return new Filters(province, district, level, y, from, to, indicator, unit, includeSuperseded);
  }

  public Filters withRange(Integer f, Integer t) {
    return new Filters(province, district, level, year, f, t, indicator, unit, includeSuperseded);
  }

  public Filters withIndicator(String i) {
    return new Filters(province, district, level, year, from, to, i, unit, includeSuperseded);
  }

  public Filters withUnit(TargetUnit u) {
    return new Filters(province, district, level, year, from, to, indicator, u, includeSuperseded);
  }

  public Filters withSuperseded(boolean include) {
    return new Filters(province, district, level, year, from, to, indicator, unit, include);
  }
}
