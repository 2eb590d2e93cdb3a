package org.kehoach.structure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads a sample plan as the normaliser will hand it over, for tests only: UTF-8, NFC, markdown emphasis
 * markers removed. Hard wraps are left in place on purpose, since the segmenter must cope with both.
 */
final class CorpusText {
  /** Markdown bold/italic markers: "**KẾ HOẠCH", "*Xây dựng …*". */
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|(?<=[\\s(“\"])\\*(?=\\S)|(?<=\\S)\\*(?=[\\s).,;:”\"]|$)");

  private CorpusText() {}

  static Path dir() {
    String dir = System.getProperty("kehoach.corpus");
    Assumptions.assumeTrue(dir != null, "system property kehoach.corpus is not set (run through Maven)");
    Path p = Path.of(dir);
    Assumptions.assumeTrue(Files.isDirectory(p), "corpus directory " + p + " is missing");
    return p;
  }

  static String read(String slug) throws IOException {
    String raw = Files.readString(dir().resolve(slug + ".txt"), StandardCharsets.UTF_8);
    return EMPHASIS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll("");
  }
}
