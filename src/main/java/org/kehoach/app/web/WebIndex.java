package org.kehoach.app.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.lucene.store.LockObtainFailedException;
import org.kehoach.index.IndicatorLexicon;
import org.kehoach.index.PlanIndex;
import org.kehoach.index.PlanSearcher;

/**
 * The server's access to the Lucene index folder it shares with {@code kehoach parse} and {@code index}.
 * Lucene allows one writer per folder, so the writer is opened for one upload and closed at once (the CLI
 * may write between uploads); while the CLI holds the lock an add waits for it a while. Reads open the
 * committed index per request, so they see what the CLI wrote too. Thread-safe: adds are serialized.
 */
public final class WebIndex implements PlanIndexer {
  /** How long to wait between tries while another process holds the write lock. */
  private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

  private final Path dir;
  private final IndicatorLexicon lexicon;
  private final Duration lockWait;
  private final Object writeLock = new Object();

  /**
   * @param dir the index folder (created on the first add)
   * @param lexicon reads indicator names in queries
   * @param lockWait how long an add waits for another process's write lock before failing
   */
  public WebIndex(Path dir, IndicatorLexicon lexicon, Duration lockWait) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
  }

  /** A read against the committed index. */
  @FunctionalInterface
  public interface Read<T> {
    T apply(PlanSearcher searcher) throws IOException;
  }

  @Override
  public void add(Path jsonFile) throws IOException {
    synchronized (writeLock) {
      long deadline = System.nanoTime() + lockWait.toNanos();
      while (true) {
        try (PlanIndex index = PlanIndex.open(dir)) {
          index.index(jsonFile);
          return;
        } catch (LockObtainFailedException e) {
          if (System.nanoTime() > deadline) {
            throw new IOException("the index " + dir + " stayed locked by another writer for " + lockWait, e);
          }
          pause();
        }
      }
    }
  }

  /**
   * Runs a read on a searcher over the committed index.
   *
   * @throws ApiException INDEX_UNAVAILABLE when the folder holds no index or it cannot be read
   */
  public <T> T read(Read<T> read) throws IOException {
    PlanSearcher searcher;
    try {
      searcher = PlanSearcher.open(dir, lexicon);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.INDEX_UNAVAILABLE, "no index yet at " + dir.getFileName()
          + ": upload or parse a plan first");
    } catch (IOException e) {
      throw new ApiException(ErrorCode.INDEX_UNAVAILABLE, "the index cannot be read: " + e.getMessage());
    }
    try (searcher) {
      return read.apply(searcher);
    }
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the index lock", e);
    }
  }
}
