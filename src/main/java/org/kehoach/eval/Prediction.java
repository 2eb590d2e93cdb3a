package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One prediction file.
 *
 * @param file its path relative to the prediction directory, '/' between folders ({@code kh.pdf.json},
 *     {@code 2024/huyen-a/kh.pdf.json})
 * @param source its {@code source.file}
 * @param gold the gold document it is scored against: {@code source} up to its first '.'
 */
public record Prediction(String file, String source, String gold, JsonNode root) {
  public Prediction {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(root, "root");
  }

  /** The gold name for a source file name: {@code 2023_cam-pha.scan.pdf} → {@code 2023_cam-pha}. */
  public static String goldName(String sourceFile) {
    int dot = sourceFile.indexOf('.');
    return dot < 0 ? sourceFile : sourceFile.substring(0, dot);
  }
}
