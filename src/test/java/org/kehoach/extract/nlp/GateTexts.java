package org.kehoach.extract.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Texts to check rule gates on: every UTF-8 plan of the corpus ({@code corpus/*.txt} without the legacy
 * encodings, and {@code corpus/synthetic/*.txt}), NFC as the pipeline gives them, and random texts made of
 * the pieces a test names. A gate is checked by running an extractor with {@link RuleEngine#verifying()}
 * engines over them.
 */
public final class GateTexts {
  private GateTexts() {}

  /** The plans of the corpus; the test is skipped when the corpus is not there. */
  public static List<String> corpus() {
    String dir = System.getProperty("kehoach.corpus");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "corpus directory not set (kehoach.corpus)");
    List<String> out = new ArrayList<>();
    for (Path folder : List.of(Path.of(dir), Path.of(dir, "synthetic"))) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path p : files.sorted().toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".txt") && !name.endsWith(".tcvn3.txt") && !name.endsWith(".vni.txt")) {
            out.add(Normalizer.normalize(Files.readString(p, StandardCharsets.UTF_8), Normalizer.Form.NFC));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Assumptions.assumeFalse(out.isEmpty(), "no corpus/*.txt in " + dir);
    return out;
  }

  /** {@code count} random texts of 1 to {@code maxPieces} pieces, some glued without a space. */
  public static List<String> random(Random random, String[] pieces, int count, int maxPieces) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(maxPieces);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** The paragraphs of a text: the runs between blank lines. */
  public static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int i;
    while ((i = text.indexOf("\n\n", start)) >= 0) {
      out.add(new int[] {start, i});
      start = i + 2;
    }
    out.add(new int[] {start, text.length()});
    return out;
  }
}
