package org.kehoach.gazetteer;

/** The project's gazetteers, loaded once for all tests (immutable, so sharing is safe). */
final class TestGazetteers {
  private TestGazetteers() {}

  private static final class Holder {
    static final Gazetteers INSTANCE = Gazetteers.loadDefault();
  }

  static Gazetteers get() {
    return Holder.INSTANCE;
  }
}
