package org.kehoach.index;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks that keys hash onto, so work on different plans runs in parallel while work on one
 * plan series is serialized. Several keys are always locked in stripe order, so two callers never wait on
 * each other in a cycle. Thread-safe.
 */
final class StripedLocks {
  private final ReentrantLock[] stripes;

  StripedLocks(int count) {
    stripes = new ReentrantLock[count];
    for (int i = 0; i < count; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** Locks the stripes of the non-null keys; the caller unlocks the returned locks. */
  List<ReentrantLock> lock(String... keys) {
    TreeSet<Integer> ids = new TreeSet<>();
    for (String k : keys) {
      if (k != null) {
        ids.add(Math.floorMod(k.hashCode(), stripes.length));
      }
    }
    List<ReentrantLock> held = new ArrayList<>(ids.size());
    for (int i : ids) {
      stripes[i].lock();
      held.add(stripes[i]);
    }
    return held;
  }

  static void unlock(List<ReentrantLock> held) {
    held.forEach(ReentrantLock::unlock);
  }
}
