package org.kehoach.eval;

/** A list-valued part of a plan scored with precision, recall and F1; the key is its name in both files. */
public enum Part {
  SECTIONS("sections"),
  LEGAL_BASIS("legalBasis"),
  TARGETS("targets"),
  DEADLINES("deadlines"),
  BUDGETS("budgets"),
  AGENCIES("agencies"),
  TASKS("tasks");

  private final String key;

  Part(String key) {
    this.key = key;
  }

  /** The property name in the gold and in the prediction JSON. */
  public String key() {
    return key;
  }
}
