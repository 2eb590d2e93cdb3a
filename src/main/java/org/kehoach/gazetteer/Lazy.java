package org.kehoach.gazetteer;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use and then kept: for a gazetteer most documents never consult, so that start-up
 * does not pay for it. Thread-safe: the value is built at most once; a build that throws is tried again on the
 * next call, and every caller sees its exception.
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> build;
  private volatile T value;

  Lazy(Supplier<T> build) {
    this.build = Objects.requireNonNull(build, "build");
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(build.get(), "built value");
          value = v;
        }
      }
    }
    return v;
  }
}
