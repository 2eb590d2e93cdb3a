package org.kehoach.gazetteer;

/** Where an agency sits: the tier of government, or inside a school. */
public enum AgencyLevel {
  CENTRAL,
  PROVINCIAL,
  DISTRICT,
  COMMUNE,
  SCHOOL
}
