package org.kehoach.gazetteer;

/** What sort of organisation an agency is. */
public enum AgencyKind {
  /** People's Committees and Councils and their offices. */
  GOVERNMENT,
  /** Specialised offices: Bộ, Sở, Phòng, Cục, inspectorates. */
  DEPARTMENT,
  /** Party committees and their boards. */
  PARTY,
  /** Police, military, border guard. */
  SECURITY,
  /** Public service units: health centres, culture centres, funds, insurance, broadcasters. */
  SERVICE_UNIT,
  /** The Fatherland Front and the mass organisations (Đoàn, Hội, Công đoàn). */
  MASS_ORGANISATION,
  /** Steering boards, inter-agency groups and teams set up for a programme. */
  COORDINATION_BODY,
  /** A school's internal bodies. */
  SCHOOL_BODY,
  /** A group named collectively ("các phòng, ban, ngành", "các đoàn thể"). */
  GENERIC
}
