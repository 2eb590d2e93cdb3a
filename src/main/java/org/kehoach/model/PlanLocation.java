package org.kehoach.model;

/** Where the plan applies: names without their type word ("Quảng Ninh", "Cẩm Phả"); {@code null} when unknown. */
public record PlanLocation(String province, String district, String commune) {
  public static PlanLocation unknown() {
    return new PlanLocation(null, null, null);
  }
}
