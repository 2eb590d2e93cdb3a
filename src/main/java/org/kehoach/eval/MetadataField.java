package org.kehoach.eval;

/**
 * The single-valued fields of a plan that make up the metadata accuracy. {@link #path()} is the JSON
 * pointer of the value in both the gold and the prediction; a field is scored for a file only when the gold
 * has that key (an explicit {@code null} is a value and is scored).
 */
public enum MetadataField {
  NUMBER("document.number", "/document/number"),
  TITLE("document.title", "/document/title"),
  ISSUER_LEVEL("document.issuer.level", "/document/issuer/level"),
  ISSUED_DATE("document.issuedDate", "/document/issuedDate"),
  PLAN_YEAR("document.planYear", "/document/planYear"),
  PROVINCE("document.location.province", "/document/location/province"),
  DISTRICT("document.location.district", "/document/location/district"),
  SIGNER("signer", "/signer");

  private final String label;
  private final String path;

  MetadataField(String label, String path) {
    this.label = label;
    this.path = path;
  }

  /** Dotted name used in reports, e.g. {@code document.issuer.level}. */
  public String label() {
    return label;
  }

  /** JSON pointer, e.g. {@code /document/issuer/level}. */
  public String path() {
    return path;
  }
}
