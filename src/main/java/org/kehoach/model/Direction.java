package org.kehoach.model;

/** Which way an indicator must move for the target to be met. */
public enum Direction {
  INCREASE,
  DECREASE,
  MAINTAIN
}
