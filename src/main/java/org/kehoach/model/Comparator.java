package org.kehoach.model;

/** How a target value bounds the indicator: "đạt 91%" EQ, "trở lên" GE, "dưới" LT, "không quá" LE … */
public enum Comparator {
  GE,
  GT,
  LE,
  LT,
  EQ,
  RANGE
}
