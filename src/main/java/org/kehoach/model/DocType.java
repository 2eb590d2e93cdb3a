package org.kehoach.model;

/** The document type word printed above a title: "KẾ HOẠCH" or "QUYẾT ĐỊNH" (a decision that issues a plan). */
public enum DocType {
  PLAN,
  DECISION
}
