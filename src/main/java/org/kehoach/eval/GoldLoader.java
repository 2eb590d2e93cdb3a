package org.kehoach.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Loads a gold directory: every {@code <doc>.gold.json} in it (not in subdirectories), keyed by
 * {@code <doc>}. A gold file that is not valid JSON, not an object, or whose {@code doc} names another
 * document stops the load: scores against a broken gold would mislead.
 */
public final class GoldLoader {
  static final String SUFFIX = ".gold.json";

  private final ObjectMapper mapper;

  public GoldLoader(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /**
   * @return gold trees by document name, sorted by name
   * @throws IOException when the directory cannot be listed or a file cannot be read or parsed
   */
  public Map<String, JsonNode> load(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Map<String, JsonNode> gold = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          continue;
        }
        String name = f.getFileName().toString();
        String doc = name.substring(0, name.length() - SUFFIX.length());
        JsonNode root = read(f);
        if (!root.isObject()) {
          throw new IOException("gold " + f + ": expected a JSON object, found " + root.getNodeType());
        }
        JsonNode declared = root.get("doc");
        if (declared != null && !declared.asText().equals(doc)) {
          throw new IOException("gold " + f + ": \"doc\" is \"" + declared.asText() + "\", expected \"" + doc + "\"");
        }
        gold.put(doc, root);
      }
    }
    return Collections.unmodifiableMap(gold);
  }

  private JsonNode read(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return mapper.readTree(in);
    } catch (JacksonException e) {
      throw new IOException("gold " + f + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
