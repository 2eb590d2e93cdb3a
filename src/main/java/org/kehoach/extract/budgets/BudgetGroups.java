package org.kehoach.extract.budgets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which amounts are parts of which total, which are goals rather than allocations, and the purposes and
 * sources each inherits. A total's parts are the amounts right after it that share the first part's list
 * marker; the amounts under a nested total (a part that opens its own list) are skipped over; the list
 * ends when the marker changes or once the parts add up to the total. An amount with a goal word, and
 * everything listed under it, is a target. Immutable.
 */
final class BudgetGroups {
  private final List<Item> items;
  private final List<List<Integer>> parts;
  private final int[] parent;
  private final boolean[] target;

  private BudgetGroups(List<Item> items, List<List<Integer>> parts, int[] parent, boolean[] target) {
    this.items = items;
    this.parts = parts;
    this.parent = parent;
    this.target = target;
  }

  static BudgetGroups of(List<Item> items) {
    int n = items.size();
    List<List<Integer>> parts = new ArrayList<>();
    int[] parent = new int[n];
    boolean[] target = new boolean[n];
    Arrays.fill(parent, -1);
    for (int i = 0; i < n; i++) {
      target[i] = items.get(i).targetCue();
      parts.add(List.of());
    }
    for (int i = 0; i < n; i++) {
      if (!items.get(i).opensParts() || i + 1 >= n) {
        continue;
      }
      List<Integer> mine = new ArrayList<>();
      String sibling = items.get(i + 1).marker();
      long sum = 0;
      for (int j = i + 1; j < n && sum != items.get(i).amount(); j++) {
        if (items.get(j).marker().equals(sibling)) {
          mine.add(j);
          sum += items.get(j).amount();
        } else if (mine.isEmpty() || !items.get(mine.get(mine.size() - 1)).opensParts()) {
          break;
        }
      }
      for (int j : mine) {
        parent[j] = i;
      }
      parts.set(i, List.copyOf(mine));
    }
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0 && target[parent[i]]) {
        target[i] = true; // parents come first, so a goal passes down a whole tree
      }
    }
    return new BudgetGroups(List.copyOf(items), List.copyOf(parts), parent, target);
  }

  boolean target(int i) {
    return target[i];
  }

  List<Integer> parts(int i) {
    return parts.get(i);
  }

  /** Its own purpose, else its total's. */
  String purpose(int i) {
    for (int k = i; k >= 0; k = parent[k]) {
      if (items.get(k).purpose() != null) {
        return items.get(k).purpose();
      }
    }
    return null;
  }

  /** Its own sources; else its total's; for a total without any, the union of its parts'. */
  List<String> sources(int i) {
    if (!items.get(i).sources().isEmpty()) {
      return items.get(i).sources();
    }
    for (int k = parent[i]; k >= 0; k = parent[k]) {
      if (!items.get(k).sources().isEmpty()) {
        return items.get(k).sources();
      }
    }
    Set<String> union = new LinkedHashSet<>();
    for (int p : parts.get(i)) {
      union.addAll(items.get(p).sources());
    }
    return List.copyOf(union);
  }
}
