package org.kehoach.gazetteer;

/** The tier of an administrative unit as of 2025-03 (before the July 2025 reform removed the district tier). */
public enum AdminLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
