package org.kehoach.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Texts for tests that compare a fast path with the straightforward one: the corpus plans and random text. */
public final class TestTexts {
  private TestTexts() {}

  /** The UTF-8 plans {@code corpus/*.txt} (not the legacy encodings), NFC, by file name; skips without a corpus. */
  public static Map<String, String> corpusPlans() throws IOException {
    String dir = System.getProperty("kehoach.corpus");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "system property kehoach.corpus not set");
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(Path.of(dir))) {
      for (Path f : s.filter(p -> p.getFileName().toString().matches("[^.]+\\.txt")).sorted().toList()) {
        out.put(f.getFileName().toString(),
            Normalizer.normalize(Files.readString(f, StandardCharsets.UTF_8), Normalizer.Form.NFC));
      }
    }
    Assumptions.assumeFalse(out.isEmpty(), "no plain-text plans in " + dir);
    return out;
  }

  /** Up to {@code maxLength} characters drawn from {@code alphabet}. */
  public static String random(Random random, String alphabet, int maxLength) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(maxLength);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
