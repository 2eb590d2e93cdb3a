package org.kehoach.app.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An uploaded file saved under a generated name, waiting to be parsed.
 *
 * @param path where its bytes are (a generated name in the staging folder, never the client's name)
 * @param name the client's file name, sanitised by {@link FileNames}
 * @param size its size in bytes
 */
public record StagedFile(Path path, String name, long size) {
  public StagedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
  }
}
