package org.kehoach.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The sample plans of {@code corpus/*.txt} as the normaliser will hand them over (UTF-8, NFC, markdown
 * emphasis markers removed) with their gold files, for the metadata corpus test. Legacy-encoded copies
 * ({@code *.tcvn3.txt}, {@code *.vni.txt}) are left out.
 */
record CorpusSamples(String slug, String text, JsonNode gold) {
  /** Markdown bold/italic markers: "**KẾ HOẠCH", "*qua phòng …*". */
  private static final Pattern EMPHASIS =
      Pattern.compile("\\*\\*|(?<=[\\s(“\"])\\*(?=\\S)|(?<=\\S)\\*(?=[\\s).,;:”\"]|$)");

  static List<CorpusSamples> load() {
    String dir = System.getProperty("kehoach.corpus");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "corpus directory not set (kehoach.corpus)");
    List<CorpusSamples> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".txt") || name.indexOf('.') != name.length() - 4) {
          continue;
        }
        String slug = name.substring(0, name.length() - 4);
        try (InputStream g = CorpusSamples.class.getClassLoader().getResourceAsStream("gold/" + slug + ".gold.json")) {
          if (g == null) {
            continue;
          }
          String raw = Normalizer.normalize(Files.readString(p, StandardCharsets.UTF_8), Normalizer.Form.NFC);
          out.add(new CorpusSamples(slug, EMPHASIS.matcher(raw).replaceAll(""), json.readTree(g)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Assumptions.assumeFalse(out.isEmpty(), "no corpus/*.txt with gold found in " + dir);
    return out;
  }
}
