package org.kehoach.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void buildsOnceHoweverManyThreadsAskAtOnce() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    Lazy<Object> lazy = new Lazy<>(() -> {
      builds.incrementAndGet();
      return new Object();
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> got = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        got.add(pool.submit(() -> {
          start.await();
          return lazy.get();
        }));
      }
      start.countDown();
      for (Future<Object> f : got) {
        assertSame(got.get(0).get(), f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, builds.get());
  }

  @Test
  void aFactoryThatThrowsIsTriedAgainAndANullValueIsRefused() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> flaky = new Lazy<>(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("first build fails");
      }
      return "built";
    });
    assertThrows(IllegalStateException.class, flaky::get);
    assertEquals("built", flaky.get());
    assertEquals("built", flaky.get());
    assertEquals(2, calls.get());
    assertThrows(NullPointerException.class, new Lazy<String>(() -> null)::get);
  }
}
