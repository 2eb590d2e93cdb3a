package org.kehoach.extract.metadata;

import java.util.List;
import java.util.Objects;
import org.kehoach.gazetteer.AdminUnit;

/**
 * What the text says about where a plan belongs, beyond its issuer's name.
 *
 * @param place the place of the date line ("Cẩm Phả"), or {@code null}
 * @param placeUnits the units that place may name
 * @param titleMentions units named with their type word in the title, each mention's candidates, in order
 * @param textMentions the same for the preamble
 * @param provinceVotes how often each province (by code) is named in the whole text, counted when first asked
 */
record PlaceContext(
    String place,
    List<AdminUnit> placeUnits,
    List<List<AdminUnit>> titleMentions,
    List<List<AdminUnit>> textMentions,
    ProvinceVotes provinceVotes) {
  PlaceContext {
    placeUnits = List.copyOf(placeUnits);
    titleMentions = List.copyOf(titleMentions);
    textMentions = List.copyOf(textMentions);
    Objects.requireNonNull(provinceVotes, "provinceVotes");
  }
}
