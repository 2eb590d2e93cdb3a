package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/**
 * The closing part after the last section: the closing statement ("Trên đây là kế hoạch …"), the recipients
 * ("Nơi nhận:" and one item per recipient), the signature, and whatever trails them (annexes, footnotes).
 *
 * @param span from the first closing character to the end of the text
 * @param statement the closing statement, or {@code null}
 * @param recipientsHeading the "Nơi nhận:" words, or {@code null}
 * @param recipients one span per recipient, without its "-" marker and trailing ";"
 * @param signature the signature block, or {@code null}
 * @param trailing paragraphs after the signature and recipients: annexes, footnotes
 */
public record Closing(
    Span span, Span statement, Span recipientsHeading, List<Span> recipients, Signature signature, List<Span> trailing) {
  public Closing {
    Objects.requireNonNull(span, "span");
    recipients = List.copyOf(recipients);
    trailing = List.copyOf(trailing);
  }
}
