package org.kehoach.model;

import java.util.Objects;

/**
 * The identity of a plan.
 *
 * @param number "43/KH-UBND" (spaces removed), or {@code null} when left blank
 * @param title the title after "KẾ HOẠCH", on one line
 * @param place the place of the date line ("Cẩm Phả")
 * @param issuedDate "YYYY-MM-DD", "YYYY-MM" when the day is blank, {@code null} when absent or invalid
 * @param issuedDateText the date as written
 * @param planYear the year the plan is for (from the title or body, not the issue date)
 * @param period the multi-year period, when the plan covers one
 */
public record PlanDocument(
    String number, String title, Issuer issuer, PlanLocation location, String place, String issuedDate,
    String issuedDateText, Integer planYear, Period period) {
  public PlanDocument {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(location, "location");
  }
}
