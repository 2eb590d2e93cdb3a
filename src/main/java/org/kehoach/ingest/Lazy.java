package org.kehoach.ingest;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use, once, whichever thread asks first; later calls return it. Used for the
 * parts of reading that are slow to build (Tika's detectors and parsers) and not needed for every file. A
 * factory that throws leaves nothing behind: the next call tries again. Thread-safe.
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> factory;
  private volatile T value;

  Lazy(Supplier<? extends T> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(factory.get(), "the factory returned null");
          value = v;
        }
      }
    }
    return v;
  }
}
