package org.kehoach.model;

/** The administrative level of the body that issued a plan. */
public enum IssuerLevel {
  /** A province or one of the five centrally-run cities (Hà Nội, TP Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ). */
  PROVINCE,
  /** A district-level unit: huyện, quận, thị xã, or a city under a province (thành phố thuộc tỉnh). */
  DISTRICT,
  /** A commune-level unit: xã, phường, thị trấn. */
  COMMUNE,
  /** A school issuing in its own name. */
  SCHOOL,
  /** A department or agency (Sở, Phòng, Ban …) issuing in its own name. */
  AGENCY,
  UNKNOWN
}
