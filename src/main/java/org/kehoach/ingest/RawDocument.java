package org.kehoach.ingest;

import java.util.List;
import java.util.Objects;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.model.SourceFormat;

/**
 * What a {@link DocumentReader} extracted from one file: its format, the media type Tika detected, and its
 * text, page by page when the format has pages ({@code paged}); otherwise one pseudo-page holds it all.
 * {@code encoding} is the legacy Vietnamese encoding the reader already decoded (plain-text files), or
 * {@code null}; {@code legacyChecked} tells that the reader also made sure the text holds no legacy-font
 * mojibake, so normalisation does not look for it again. {@code warnings} are non-fatal problems met while reading (a page the PDF parser could not
 * read, pages left without text because OCR is unavailable), one sentence each.
 */
public record RawDocument(
    SourceFormat format,
    String mediaType,
    List<RawPage> pages,
    boolean paged,
    LegacyEncoding encoding,
    boolean legacyChecked,
    List<String> warnings) {
  public RawDocument {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(mediaType, "mediaType");
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
    if (!paged && pages.size() != 1) {
      throw new IllegalArgumentException("unpaged documents carry exactly one page, got " + pages.size());
    }
  }

  /** A document whose text was not checked for legacy-font mojibake. */
  public RawDocument(SourceFormat format, String mediaType, List<RawPage> pages, boolean paged,
      LegacyEncoding encoding, List<String> warnings) {
    this(format, mediaType, pages, paged, encoding, false, warnings);
  }

  /** A document read without warnings, its text not checked for legacy-font mojibake. */
  public RawDocument(
      SourceFormat format, String mediaType, List<RawPage> pages, boolean paged, LegacyEncoding encoding) {
    this(format, mediaType, pages, paged, encoding, false, List.of());
  }

  /** True when any page was read by OCR. */
  public boolean ocr() {
    return pages.stream().anyMatch(RawPage::ocr);
  }

  /** Total characters over all pages. */
  public long characters() {
    return pages.stream().mapToLong(p -> p.text().length()).sum();
  }
}
