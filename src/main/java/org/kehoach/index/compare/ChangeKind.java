package org.kehoach.index.compare;

/** What happened to a target between the old plan and the new one. */
public enum ChangeKind {
  /** Aligned, with another value. */
  CHANGED,
  /** Aligned, with the same value. */
  UNCHANGED,
  /** Only in the new plan. */
  ADDED,
  /** Only in the old plan. */
  DROPPED
}
