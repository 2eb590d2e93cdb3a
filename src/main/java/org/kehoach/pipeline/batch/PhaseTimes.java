package org.kehoach.pipeline.batch;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each {@link Phase}, summed over every file and thread (so with several threads the sum can
 * exceed the wall time), with the number of files that went through it. Thread-safe.
 */
public final class PhaseTimes {
  private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);
  private final Map<Phase, LongAdder> counts = new EnumMap<>(Phase.class);

  public PhaseTimes() {
    for (Phase p : Phase.values()) {
      nanos.put(p, new LongAdder());
      counts.put(p, new LongAdder());
    }
  }

  /** Adds the time since {@code startNanos} (a {@link System#nanoTime()} value) to a phase; returns now. */
  public long add(Phase phase, long startNanos) {
    long now = System.nanoTime();
    nanos.get(phase).add(now - startNanos);
    counts.get(phase).increment();
    return now;
  }

  public Duration total(Phase phase) {
    return Duration.ofNanos(nanos.get(phase).sum());
  }

  public long count(Phase phase) {
    return counts.get(phase).sum();
  }
}
