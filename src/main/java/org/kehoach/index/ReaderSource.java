package org.kehoach.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Where a {@link PlanSearcher} gets its point-in-time searchers: a {@link SearcherManager} over a writer
 * (sees every change at once: each acquire refreshes, which costs nothing when nothing changed) or over a
 * directory (sees commits: checking for one reads the directory, so at most once per {@link
 * #DIRECTORY_REFRESH_NANOS}). Thread-safe.
 */
final class ReaderSource implements Closeable {
  /** How often a searcher over a directory looks for a new commit. */
  static final long DIRECTORY_REFRESH_NANOS = 1_000_000_000L;

  private final SearcherManager manager;
  private final Directory ownedDirectory;
  private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime());

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
    if (ownedDirectory == null) {
      manager.maybeRefreshBlocking();
    } else {
      long now = System.nanoTime();
      long last = lastRefresh.get();
      if (now - last > DIRECTORY_REFRESH_NANOS && lastRefresh.compareAndSet(last, now)) {
        manager.maybeRefresh();
      }
    }
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
