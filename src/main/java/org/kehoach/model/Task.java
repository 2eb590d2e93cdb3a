package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/** A numbered task with its lead ("Cơ quan chủ trì") and partner agencies and its timeline. */
public record Task(
    String number, String text, List<String> lead, List<String> partners, String timeline, Span span) {
  public Task {
    Objects.requireNonNull(text, "text");
    lead = List.copyOf(lead);
    partners = List.copyOf(partners);
    Objects.requireNonNull(span, "span");
  }
}
