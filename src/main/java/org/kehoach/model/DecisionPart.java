package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/**
 * The decision that issues a plan as its annex ("QUYẾT ĐỊNH Về việc ban hành Kế hoạch …"), from its title to
 * the start of the annexed plan.
 *
 * @param span from the decision's type word to the end of the decision (before the annex header or title)
 * @param title the decision's type word and title
 * @param preamble its "Căn cứ …" paragraphs
 * @param articles one span per article ("Điều 1. Ban hành kèm theo …")
 * @param closing the decision's recipients and signature, or {@code null}
 * @param annexHeader the header block repeated above the annexed plan's title, or {@code null}
 */
public record DecisionPart(
    Span span, TitleBlock title, List<Span> preamble, List<Span> articles, Closing closing, HeaderBlock annexHeader) {
  public DecisionPart {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(title, "title");
    preamble = List.copyOf(preamble);
    articles = List.copyOf(articles);
  }
}
