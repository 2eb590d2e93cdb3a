package org.kehoach.model;

import java.util.Locale;

/** The unit a target value is stated in. */
public enum TargetUnit {
  PERCENT,
  /** "6,5 trẻ/1.000 trẻ đẻ ra sống" */
  PER_1000,
  /** "550/100.000 trẻ em" */
  PER_100000,
  /** Vietnamese đồng: "300 triệu đồng" */
  VND,
  /** A plain count: "09 trẻ", "1 tin, bài/tuần" */
  COUNT;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
