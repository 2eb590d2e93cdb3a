package org.kehoach.index.compare;

/** Whether a new target asks for more than the old one, given which way its indicator must move. */
public enum Ambition {
  /** Further in the good direction: higher for an INCREASE indicator, lower for a DECREASE one. */
  MORE_AMBITIOUS,
  /** Less far in the good direction. */
  LESS_AMBITIOUS,
  /** The same value. */
  SAME,
  /** The value changed but which way is better is unknown. */
  UNKNOWN
}
