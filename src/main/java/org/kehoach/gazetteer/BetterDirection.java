package org.kehoach.gazetteer;

/** Which way an indicator must move to be better. */
public enum BetterDirection {
  INCREASE,
  DECREASE,
  MAINTAIN
}
