package org.kehoach.util;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads named {@code prefix-1}, {@code prefix-2} …: a thread dump then says which pool a stuck file,
 * parser or OCR process belongs to, and a forgotten pool never keeps the JVM alive.
 */
public final class DaemonThreads implements ThreadFactory {
  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();

  public DaemonThreads(String prefix) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread t = new Thread(task, prefix + "-" + count.incrementAndGet());
    t.setDaemon(true);
    return t;
  }
}
