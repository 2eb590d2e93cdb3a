package org.kehoach.util;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use, once, whichever thread asks first; later calls return it. For parts that are
 * slow to build and not needed by every document (Tika's detectors and parsers, the commune gazetteer), so that
 * start-up does not pay for them. A factory that throws leaves nothing behind: the next call tries again, and
 * every caller sees its exception. Thread-safe.
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> factory;
  private volatile T value;

  public Lazy(Supplier<? extends T> factory) {
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
