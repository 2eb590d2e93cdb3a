package org.kehoach.index;

import java.util.Objects;

/**
 * What indexing one plan file did.
 *
 * @param status what happened
 * @param versionId the plan version the file now belongs to
 * @param version the version's number in its series (1 = first issued)
 * @param versions how many versions the series has
 * @param sources how many source files the version has
 * @param targets how many targets the version has
 */
public record AddResult(Status status, String versionId, int version, int versions, int sources, int targets) {
  public AddResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(versionId, "versionId");
  }

  /** What indexing a file did. */
  public enum Status {
    /** The first file of a plan not seen before. */
    NEW_PLAN,
    /** A plan already indexed, with other content: listed as a newer (or older) version. */
    NEW_VERSION,
    /** Another file of a version already indexed (the same plan in another format). */
    NEW_SOURCE,
    /** The same file (same sha256) indexed again; its earlier copy was replaced. */
    REPLACED
  }
}
