package org.kehoach.extract.metadata;

/** What kind of body an issuer phrase names, which decides how its level is read. */
enum BodyKind {
  /** A people's committee or council ("Ủy ban nhân dân", "HĐND"): the level of the unit named after it. */
  COUNCIL,
  /** A party committee ("Huyện ủy", "Đảng ủy xã …"): likewise. */
  PARTY,
  /** A header line that names only a unit ("HUYỆN HỒNG NGỰ"): the people's committee of that unit. */
  UNIT,
  /** A school: level SCHOOL. */
  SCHOOL,
  /** A department, office, centre or organisation issuing in its own name: level AGENCY. */
  AGENCY,
  /** A look-alike of an opening word ("môi trường", "phòng, chống"): not a body. */
  STOP;

  /** Whether a body of this kind has the level of its administrative unit. */
  boolean administrative() {
    return this == COUNCIL || this == PARTY || this == UNIT;
  }
}
