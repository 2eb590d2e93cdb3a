package org.kehoach.extract.metadata;

import java.util.Objects;

/**
 * The name of one body as written ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ", "Trường Tiểu học Hai Bà Trưng",
 * "UBND huyện"), read into its parts.
 *
 * @param text the name with whitespace runs collapsed
 * @param start offset of its first character in the document text
 * @param end offset after its last character
 * @param kind what kind of body it names
 * @param openerTier the tier its opening words imply ("Sở" → PROVINCE, "Phòng" → DISTRICT)
 * @param named whether the opening words name a body by themselves ("Nhà trường")
 * @param ownName whether words stand between the opening words and the unit word ("Sở Y tế tỉnh …")
 * @param unitTier the tier of the unit word in the name ("huyện" → DISTRICT), or {@code null} when none
 * @param unitWord the unit word as written ("THÀNH PHỐ", "TP"), or {@code null}
 * @param unitName the unit's name after the unit word ("CẨM PHẢ"), or {@code null} when none is written
 */
record BodyPhrase(
    String text, int start, int end, BodyKind kind, Tier openerTier, boolean named, boolean ownName, Tier unitTier,
    String unitWord, String unitName) {
  BodyPhrase {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(openerTier, "openerTier");
    if ((unitTier == null) != (unitWord == null)) {
      throw new IllegalArgumentException("unitTier and unitWord must be both present or both absent");
    }
  }

  /** The tier of the unit named, else the tier the opening words imply. */
  Tier tier() {
    return unitTier != null ? unitTier : openerTier;
  }

  /**
   * Whether the phrase names a body rather than only opening one: "UBND huyện" and "Trường Tiểu học X" do,
   * "Phòng" and "Ủy ban nhân dân" alone do not.
   */
  boolean complete() {
    if (named || ownName) {
      return true;
    }
    return unitTier != null && kind.administrative();
  }
}
