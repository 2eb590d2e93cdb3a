package org.kehoach.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Where a {@link PlanSearcher} gets its point-in-time searchers: a {@link SearcherManager} over a writer
 * (sees every change at once: each acquire refreshes, which costs nothing when nothing changed) or over a
 * directory (sees commits: checking for one reads the directory, so at most once per {@link
 * #DIRECTORY_REFRESH_NANOS}). Searchers search the segments of a large index on a small pool of threads,
 * one per core, so one query can use every core. Thread-safe; closing closes what it opened.
 */
final class ReaderSource implements Closeable {
  /** How often a searcher over a directory looks for a new commit. */
  static final long DIRECTORY_REFRESH_NANOS = 1_000_000_000L;

  private final SearcherManager manager;
  private final Directory ownedDirectory;
  private final ExecutorService executor;
  private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime());

  private ReaderSource(SearcherManager manager, Directory ownedDirectory, ExecutorService executor) {
    this.manager = manager;
    this.ownedDirectory = ownedDirectory;
    this.executor = executor;
  }

  /** Over a writer: sees its uncommitted changes. */
  static ReaderSource of(IndexWriter writer) throws IOException {
    ExecutorService executor = newExecutor();
    try {
      return new ReaderSource(new SearcherManager(writer, factory(executor)), null, executor);
    } catch (IOException | RuntimeException e) {
      executor.shutdown();
      throw e;
    }
  }

  /** Over a directory this source opens a manager for, and closes with it. */
  static ReaderSource open(Directory directory) throws IOException {
    ExecutorService executor = newExecutor();
    try {
      return new ReaderSource(new SearcherManager(directory, factory(executor)), directory, executor);
    } catch (IOException | RuntimeException e) {
      executor.shutdown();
      throw e;
    }
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

  /** The threads searches run on, also lent to facet counting. */
  ExecutorService executor() {
    return executor;
  }

  void release(IndexSearcher searcher) throws IOException {
    manager.release(searcher);
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      executor.shutdown();
      if (ownedDirectory != null) {
        ownedDirectory.close();
      }
    }
  }

  private static SearcherFactory factory(ExecutorService executor) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new IndexSearcher(reader, executor);
      }
    };
  }

  /** Daemon threads, so a caller that forgets to close never keeps the JVM alive. */
  private static ExecutorService newExecutor() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "kehoach-search-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), threads);
  }
}
