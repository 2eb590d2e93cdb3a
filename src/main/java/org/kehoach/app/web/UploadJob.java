package org.kehoach.app.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The files of one upload request and how far each has got. File states change on worker threads and are
 * read by status requests; each {@link Entry} publishes its state through volatile fields.
 */
public final class UploadJob {
  /** Where one file is. */
  public enum State { QUEUED, RUNNING, DONE, FAILED }

  private final String id;
  private final Instant created;
  private final List<Entry> files;

  UploadJob(String id, Instant created, List<StagedFile> staged) {
    this.id = Objects.requireNonNull(id, "id");
    this.created = created;
    this.files = staged.stream().map(Entry::new).toList();
  }

  public String id() {
    return id;
  }

  public Instant created() {
    return created;
  }

  public List<Entry> files() {
    return files;
  }

  /** Completes when every file is done or failed. */
  public CompletableFuture<Void> done() {
    return CompletableFuture.allOf(files.stream().map(e -> e.finished).toArray(CompletableFuture[]::new));
  }

  public boolean finished() {
    return files.stream().allMatch(e -> e.finished.isDone());
  }

  /** One file of the job. */
  public static final class Entry {
    private final StagedFile file;
    private final CompletableFuture<FileOutcome> finished = new CompletableFuture<>();
    private volatile State state = State.QUEUED;
    private volatile long startNanos;
    private volatile long endNanos;

    Entry(StagedFile file) {
      this.file = file;
    }

    public StagedFile file() {
      return file;
    }

    public State state() {
      return state;
    }

    /** The outcome once finished, else {@code null}. */
    public FileOutcome outcome() {
      return finished.getNow(null);
    }

    /** Time spent processing so far (or in all, once finished); zero while queued. */
    public Duration elapsed() {
      long start = startNanos;
      if (start == 0) {
        return Duration.ZERO;
      }
      long end = endNanos == 0 ? System.nanoTime() : endNanos;
      return Duration.ofNanos(end - start);
    }

    void started() {
      startNanos = System.nanoTime();
      state = State.RUNNING;
    }

    void finish(FileOutcome outcome) {
      endNanos = System.nanoTime();
      state = outcome.ok() ? State.DONE : State.FAILED;
      finished.complete(outcome);
    }
  }
}
