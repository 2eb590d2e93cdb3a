package org.kehoach.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation plans give responsibilities to, under one canonical name.
 *
 * @param id stable identifier, e.g. {@code district.labour_invalids_social}
 * @param canonical the full canonical name, e.g. "Phòng Lao động - Thương binh và Xã hội"
 * @param levels the tiers where it exists (several for mass organisations and the police)
 * @param kind what sort of organisation it is
 * @param variants abbreviations and other written forms ("Phòng LĐ-TB&XH")
 * @param notes free text: renames, the 2025 restructuring, caveats; empty when none
 */
public record Agency(
    String id, String canonical, Set<AgencyLevel> levels, AgencyKind kind, List<String> variants, String notes) {
  public Agency {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(kind, "kind");
    levels = Set.copyOf(levels);
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("agency " + id + " has no level");
    }
    variants = List.copyOf(variants);
    notes = notes == null ? "" : notes;
  }
}
