package org.kehoach.model;

import java.util.List;

/**
 * The zones of one plan document, each with spans into the normalised text: the coarse segmentation every
 * field extractor starts from. Absent zones are {@code null} (or empty lists); nothing here is ever mutable.
 *
 * @param boilerplate text skipped before the document proper (web-page menus, breadcrumbs, a page number), or
 *     {@code null}
 * @param header the header block above the first title, or {@code null}
 * @param decision the issuing decision when the plan is its annex, or {@code null}
 * @param title the plan's type word and title, or {@code null}
 * @param preamble the paragraphs between the plan title and its first section ("Căn cứ …", "Thực hiện …")
 * @param sections top-level sections in document order, non-overlapping
 * @param closing the closing part, or {@code null}
 * @param warnings non-fatal oddities, in document order
 */
public record PlanStructure(
    Span boilerplate,
    HeaderBlock header,
    DecisionPart decision,
    TitleBlock title,
    List<Span> preamble,
    List<Section> sections,
    Closing closing,
    List<StructureWarning> warnings) {
  public PlanStructure {
    preamble = List.copyOf(preamble);
    sections = List.copyOf(sections);
    warnings = List.copyOf(warnings);
  }
}
