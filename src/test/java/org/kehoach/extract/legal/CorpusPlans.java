package org.kehoach.extract.legal;

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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The sample plans of {@code corpus/*.txt} (NFC, as the pipeline would give them) with their gold files
 * and simply found ranges, for the fact extractors' corpus tests: the preamble runs from the line after
 * the title ("KẾ HOẠCH …") to the first line starting with "I."; the body from there to the end; the
 * budget section from the heading line containing "KINH PHÍ" to the next roman-numeral heading.
 */
public record CorpusPlans(String slug, String text, JsonNode gold) {
  /** A line starting with "KẾ HOẠCH", possibly after markdown stars. */
  private static final Pattern TITLE = Pattern.compile("(?m)^[\\s*]*KẾ HOẠCH.*$");
  /** The first section heading: "I. MỤC TIÊU". */
  private static final Pattern FIRST_SECTION = Pattern.compile("(?m)^\\s*I\\.");
  /** A roman-numeral heading line: "III. KINH PHÍ THỰC HIỆN". */
  private static final Pattern HEADING = Pattern.compile("(?m)^\\s*[IVX]+\\.\\s");

  public static List<CorpusPlans> load() {
    String dir = System.getProperty("kehoach.corpus");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "corpus directory not set (kehoach.corpus)");
    List<CorpusPlans> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of(dir))) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".txt") || name.indexOf('.') != name.length() - 4) {
          continue; // the UTF-8 seeds only, not *.tcvn3.txt / *.vni.txt
        }
        String slug = name.substring(0, name.length() - 4);
        try (InputStream g = CorpusPlans.class.getClassLoader().getResourceAsStream("gold/" + slug + ".gold.json")) {
          if (g == null) {
            continue;
          }
          String text = Normalizer.normalize(Files.readString(p, StandardCharsets.UTF_8), Normalizer.Form.NFC);
          out.add(new CorpusPlans(slug, text, json.readTree(g)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Assumptions.assumeFalse(out.isEmpty(), "no corpus/*.txt with gold found in " + dir);
    return out;
  }

  public int preambleStart() {
    Matcher m = TITLE.matcher(text);
    return m.find() ? m.end() : 0;
  }

  public int bodyStart() {
    Matcher m = FIRST_SECTION.matcher(text);
    return m.find(preambleStart()) ? m.start() : text.length();
  }

  /** {@code [start, end)} of the budget section, or {@code null} when the plan has none. */
  public int[] budgetRange() {
    Matcher m = HEADING.matcher(text);
    int start = -1;
    while (m.find()) {
      int lineEnd = text.indexOf('\n', m.start());
      String line = text.substring(m.start(), lineEnd < 0 ? text.length() : lineEnd);
      if (start >= 0) {
        return new int[] {start, m.start()};
      }
      if (line.toUpperCase(Locale.ROOT).contains("KINH PHÍ")) {
        start = m.start();
      }
    }
    return start < 0 ? null : new int[] {start, text.length()};
  }

  public Integer planYear() {
    JsonNode y = gold.path("document").path("planYear");
    return y.isInt() ? y.asInt() : null;
  }
}
