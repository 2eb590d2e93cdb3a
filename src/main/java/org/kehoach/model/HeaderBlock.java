package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/**
 * The administrative header above a document's title: issuing body (often two lines, parent body then
 * issuer), national motto, the "Số: …" line and the "&lt;place&gt;, ngày … tháng … năm …" line. Any part may
 * be missing; the lines come in whatever order the source produced them.
 *
 * @param span from the first header character to the last one
 * @param issuer issuer lines, top first ("UBND TỈNH …", "SỞ …")
 * @param motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc", when present
 * @param number the whole "Số: …" line, or {@code null}
 * @param placeDate the whole place-date line, or {@code null}
 */
public record HeaderBlock(Span span, List<Span> issuer, List<Span> motto, Span number, Span placeDate) {
  public HeaderBlock {
    Objects.requireNonNull(span, "span");
    issuer = List.copyOf(issuer);
    motto = List.copyOf(motto);
  }
}
