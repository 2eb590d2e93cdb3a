package org.kehoach.pipeline.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Decides whether an input already has a complete output, for {@code --resume}.
 *
 * <p>An output is <b>complete</b> when its {@code .json} exists, parses as JSON to the end, and its
 * {@code source.sha256} equals the SHA-256 of the input's bytes. Outputs are written text first, then JSON,
 * each by temporary file and rename, so a complete JSON always has its text beside it; a JSON of other bytes
 * (the input changed, or another input of the same name) is not complete and is written again. The check
 * streams the JSON without building a tree; the text file must exist too. Thread-safe.
 */
public final class CompleteOutputs {
  private final JsonFactory json = new JsonFactory();

  /** True when {@code jsonFile} is a complete output of the input whose hash is {@code sha256}. */
  public boolean isComplete(Path jsonFile, String sha256) {
    Objects.requireNonNull(sha256, "sha256");
    if (!Files.isRegularFile(jsonFile) || !Files.isRegularFile(textFile(jsonFile))) {
      return false;
    }
    try (JsonParser p = json.createParser(jsonFile.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      String found = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("source") && value == JsonToken.START_OBJECT) {
          found = sourceSha(p);
        } else {
          p.skipChildren();
        }
      }
      // the root object closed: the rest must be nothing (a truncated file fails before this)
      return p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null && sha256.equals(found);
    } catch (IOException e) {
      return false;
    }
  }

  /** The text output beside a JSON output: {@code x.pdf.json} → {@code x.pdf.txt}. */
  static Path textFile(Path jsonFile) {
    String name = jsonFile.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    return jsonFile.resolveSibling(stem + ".txt");
  }

  private static String sourceSha(JsonParser p) throws IOException {
    String sha = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("sha256") && value == JsonToken.VALUE_STRING) {
        sha = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return sha;
  }
}
