package org.kehoach.index;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Where a {@link PlanSearcher} gets its point-in-time searchers: a {@link SearcherManager} over a writer
 * (sees uncommitted changes) or over a directory (sees commits). Each acquire refreshes when the index
 * changed. Thread-safe.
 */
final class ReaderSource implements Closeable {
  private final SearcherManager manager;
  private final Directory ownedDirectory;

  private ReaderSource(SearcherManager manager, Directory ownedDirectory) {
    this.manager = manager;
    this.ownedDirectory = ownedDirectory;
  }

  /** Over a manager the caller keeps and closes. */
  static ReaderSource shared(SearcherManager manager) {
    return new ReaderSource(manager, null);
  }

  /** Over a directory this source opens a manager for, and closes with it. */
  static ReaderSource open(Directory directory) throws IOException {
    return new ReaderSource(new SearcherManager(directory, null), directory);
  }

  IndexSearcher acquire() throws IOException {
    manager.maybeRefreshBlocking();
    return manager.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    manager.release(searcher);
  }

  @Override
  public void close() throws IOException {
    if (ownedDirectory != null) {
      try {
        manager.close();
      } finally {
        ownedDirectory.close();
      }
    }
  }
}
