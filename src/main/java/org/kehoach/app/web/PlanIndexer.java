package org.kehoach.app.web;

import java.io.IOException;
import java.nio.file.Path;

/** Adds a stored plan JSON to the search index, so that a plan uploaded through the web can be searched. */
@FunctionalInterface
public interface PlanIndexer {
  /** An indexer that indexes nothing (for a server without an index). */
  PlanIndexer NONE = json -> {};

  /**
   * Indexes one plan JSON file; thread-safe.
   *
   * @throws IOException when the index cannot be written
   */
  void add(Path jsonFile) throws IOException;
}
