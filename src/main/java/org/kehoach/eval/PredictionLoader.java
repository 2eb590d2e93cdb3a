package org.kehoach.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Loads a prediction directory: every {@code *.json} in it and in the folders under it (the output of
 * {@code kehoach parse} mirrors the input folders), except {@code report.json} (the batch report the tool
 * writes next to its outputs) and anything hidden (a name starting with '.', such as the temporary files of an
 * interrupted write), sorted by path. A prediction is named by its path relative to the directory, with '/'
 * between folders ({@code 2024/huyen-a/kh.pdf.json}). A file that is not JSON or has no {@code source.file} is
 * listed as a problem and skipped, so one broken output does not hide the others. Symbolic links to folders are
 * not followed.
 */
public final class PredictionLoader {
  static final String BATCH_REPORT = "report.json";

  /** The readable predictions and one line per file that could not be used. */
  public record Loaded(List<Prediction> predictions, List<String> problems) {
    public Loaded {
      predictions = List.copyOf(predictions);
      problems = List.copyOf(problems);
    }
  }

  private final ObjectMapper mapper;

  public PredictionLoader(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /** @throws IOException when the directory cannot be listed */
  public Loaded load(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    List<String> names = new ArrayList<>();
    collect(dir, "", names);
    names.sort(Comparator.naturalOrder());
    List<Prediction> predictions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String name : names) {
      Path f = dir.resolve(name);
      JsonNode root;
      try (InputStream in = Files.newInputStream(f)) {
        root = mapper.readTree(in);
      } catch (JacksonException e) {
        problems.add(name + ": not valid JSON: " + e.getOriginalMessage());
        continue;
      } catch (IOException e) {
        problems.add(name + ": cannot be read: " + e.getMessage());
        continue;
      }
      String source = root == null ? null : JsonValues.text(root, "/source/file");
      if (source == null || source.isBlank()) {
        problems.add(name + ": no source.file, so no gold to score it against");
        continue;
      }
      predictions.add(new Prediction(name, source, Prediction.goldName(source), root));
    }
    return new Loaded(predictions, problems);
  }

  /** Adds the relative names of the prediction files under {@code folder} (named {@code prefix…}). */
  private static void collect(Path folder, String prefix, List<String> names) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          collect(p, prefix + name + "/", names);
        } else if (name.endsWith(".json") && !name.equals(BATCH_REPORT) && Files.isRegularFile(p)) {
          names.add(prefix + name);
        }
      }
    }
  }
}
