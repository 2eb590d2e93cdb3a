package org.kehoach.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample corpus, whose folder surefire passes as the system property {@code kehoach.corpus}. */
final class Corpus {
  private Corpus() {}

  static Path dir() {
    return Path.of(System.getProperty("kehoach.corpus", "corpus"));
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(dir().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
