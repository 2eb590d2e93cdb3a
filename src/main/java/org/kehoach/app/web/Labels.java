package org.kehoach.app.web;

import java.util.Map;

/** Vietnamese labels of enum values ({@code labels-vi.tsv}, keys such as {@code level.DISTRICT}). */
final class Labels {
  private static final String RESOURCE = "/org/kehoach/web/labels-vi.tsv";

  private final Map<String, String> labels;

  private Labels(Map<String, String> labels) {
    this.labels = labels;
  }

  static Labels vietnamese() {
    return new Labels(TsvResource.load(RESOURCE));
  }

  /** The label of {@code type.value}, or the value itself when none is listed; "" for {@code null}. */
  String of(String type, String value) {
    if (value == null) {
      return "";
    }
    return labels.getOrDefault(type + "." + value, value);
  }
}
