package org.kehoach.extract.agencies;

import java.util.Objects;

/**
 * One organisation named in a list, with the half-open character range {@code [start, end)} it was read
 * from (the name as written plus any locality after it: "Đồn Công an Lý Sơn").
 *
 * @param name the canonical gazetteer name when the gazetteer knows it, else the words as written
 * @param agencyId the gazetteer id, or {@code null} when the gazetteer does not know the name
 * @param kind what sort of name it is
 */
public record AgencyMention(String name, String agencyId, Kind kind, int start, int end) {
  /** What sort of name a list piece is. */
  public enum Kind {
    /** A specific organisation the gazetteer knows: "Phòng LĐ-TB&XH", "Huyện đoàn Lý Sơn". */
    KNOWN,
    /**
     * Not in the gazetteer but shaped like a name: a head noun and a capitalised word ("Trung tâm Điều phối
     * ghép tạng tỉnh").
     */
    NAMED,
    /** Organisations named collectively: "các phòng, ban, ngành", "Các đoàn thể", "các trường học". */
    GROUP,
    /** Anything else, kept as written. */
    OTHER
  }

  public AgencyMention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "mention range must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  /** True for one specific organisation ({@link Kind#KNOWN} or {@link Kind#NAMED}), not a group or other words. */
  public boolean isOrganisation() {
    return kind == Kind.KNOWN || kind == Kind.NAMED;
  }
}
