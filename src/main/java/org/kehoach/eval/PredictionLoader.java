package org.kehoach.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Loads a prediction directory: every {@code *.json} in it except {@code report.json} (the batch report the
 * tool writes next to its outputs), sorted by file name. A file that is not JSON or has no
 * {@code source.file} is listed as a problem and skipped, so one broken output does not hide the others.
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
    List<Path> paths = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : files) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().equals(BATCH_REPORT)) {
          paths.add(f);
        }
      }
    }
    paths.sort(Comparator.comparing(p -> p.getFileName().toString()));
    List<Prediction> predictions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path f : paths) {
      String name = f.getFileName().toString();
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
}
