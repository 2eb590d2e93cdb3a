package org.kehoach.model;

import java.util.Objects;

/**
 * A document the plan says it implements or is based on ("Căn cứ Quyết định số 267/QĐ-TTg ngày …").
 *
 * @param type Quyết định, Kế hoạch, Nghị quyết, Chỉ thị, Công văn …, or {@code null}
 * @param number spaces removed: "56/KH-UBND"
 * @param date ISO date, or {@code null} when absent or invalid
 */
public record LegalReference(String type, String number, String date, Span span) {
  public LegalReference {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(span, "span");
  }
}
