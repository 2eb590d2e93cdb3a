package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/** An organisation given responsibilities, once under its canonical name, with every place it is named. */
public record Agency(String name, List<String> responsibilities, List<Span> spans) {
  public Agency {
    Objects.requireNonNull(name, "name");
    responsibilities = List.copyOf(responsibilities);
    spans = List.copyOf(spans);
  }
}
