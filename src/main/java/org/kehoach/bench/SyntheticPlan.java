package org.kehoach.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One synthetic plan: the plan text and the plan JSON whose spans point into it.
 *
 * @param name the file name stem, e.g. {@code 2023_22-cam-pha_t0.synthetic}
 * @param json the plan JSON ({@code plan.schema.json}); its {@code source.file} is {@code name + ".txt"}
 */
public record SyntheticPlan(String name, ObjectNode json, String text) {
  public SyntheticPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(text, "text");
  }

  public String sha256() {
    return json.get("source").get("sha256").asText();
  }
}
