package org.kehoach.extract.metadata;

/** The administrative tier a unit word or a body's opening words imply. */
enum Tier {
  PROVINCE,
  /** "thành phố": a centrally-run city (province tier) or a city under a province (district tier). */
  CITY,
  DISTRICT,
  COMMUNE,
  /** No tier implied. */
  NONE
}
