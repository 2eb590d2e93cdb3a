package org.kehoach.extract.metadata;

import java.util.List;
import java.util.Objects;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.Signer;
import org.kehoach.model.Span;
import org.kehoach.model.Warning;

/**
 * What {@link MetadataExtractor} read from one plan.
 *
 * @param document number, title, issuer, location, place, issue date, plan year or period
 * @param signer who signed, or {@code null} when no name is printed
 * @param recipients the "Nơi nhận" items as written, in order
 * @param spans where the document fields were read
 * @param warnings problems found on the way (an issue date that does not exist …), in text order
 */
public record MetadataResult(
    PlanDocument document, Signer signer, List<String> recipients, Spans spans, List<Warning> warnings) {
  public MetadataResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(spans, "spans");
    recipients = List.copyOf(recipients);
    warnings = List.copyOf(warnings);
  }

  /**
   * Where the document fields were read; each {@code null} when the field was not read from the text.
   *
   * @param number the number after "Số"
   * @param title the title lines
   * @param issuer the issuer's name (a header line, the subject of a preamble sentence, or a unit in the title)
   * @param issuedDate the date of the place-date line
   */
  public record Spans(Span number, Span title, Span issuer, Span issuedDate) {}
}
