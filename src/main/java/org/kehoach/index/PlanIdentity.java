package org.kehoach.index;

import java.util.Objects;

/**
 * Who a plan is and which version of it a file holds (see {@link PlanKeys}).
 *
 * @param versionId digest of series and edition: one per version, shared by all its source files
 * @param series issuer, plan year and title
 * @param issuer level and places (and the name, for schools and agencies)
 * @param topic the title without numbers: the same kind of plan in other years
 * @param edition what tells this version from others of the series (see {@link PlanKeys#edition})
 */
record PlanIdentity(String versionId, String series, String issuer, String topic, String edition) {
  PlanIdentity {
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(edition, "edition");
  }

  static PlanIdentity of(PlanRecord p, PlanKeys keys) {
    // the issuer key is part of the series: fold the place names once for both
    String issuer = keys.issuer(p.document());
    String series = PlanKeys.series(issuer, p.document());
    String edition = PlanKeys.edition(p);
    return new PlanIdentity(PlanKeys.versionId(series, edition), series, issuer, PlanKeys.topic(p.document()),
        edition);
  }
}
