package org.kehoach.index;

import java.util.List;
import java.util.Objects;

/**
 * One indexed plan version as search and comparison show it.
 *
 * @param versionId the version's id
 * @param issuerKey the issuer key (see {@link PlanKeys#issuer})
 * @param topic the title without numbers
 * @param level the issuer level name
 * @param version the version's number in its series, 1 = first issued
 * @param versions how many versions the series has
 * @param superseded whether a newer version of the plan is indexed
 * @param sources the files of this version, the primary (the one spans point into) first
 * @param budgetTotal the sum of the stated budget amounts in đồng, or {@code null}
 */
public record PlanInfo(
    String versionId, String issuerKey, String topic, String province, String district, String commune,
    String level, String issuerName, Integer year, Integer periodFrom, Integer periodTo, String number,
    String title, String issuedDate, int version, int versions, boolean superseded, List<SourceRef> sources,
    Long budgetTotal) {
  public PlanInfo {
    Objects.requireNonNull(versionId, "versionId");
    sources = List.copyOf(sources);
  }

  /** One source file of a plan version. */
  public record SourceRef(String file, String format, String sha256) {}

  /** "Cẩm Phả, Quảng Ninh" or whichever parts are known. */
  public String place() {
    StringBuilder sb = new StringBuilder();
    for (String s : new String[] {commune, district, province}) {
      if (s != null) {
        sb.append(sb.length() > 0 ? ", " : "").append(s);
      }
    }
    return sb.toString();
  }
}
