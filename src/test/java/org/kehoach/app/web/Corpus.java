package org.kehoach.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.index.GazetteerLexicon;
import org.kehoach.index.IndicatorLexicon;

/** The sample corpus, whose folder surefire passes as the system property {@code kehoach.corpus}. */
final class Corpus {
  /** The gazetteers are immutable and slow-ish to load: one copy for every test server. */
  private static final IndicatorLexicon LEXICON = GazetteerLexicon.of(Gazetteers.loadDefault());

  private Corpus() {}

  static IndicatorLexicon lexicon() {
    return LEXICON;
  }

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
