package org.kehoach.extract.agencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kehoach.model.Agency;
import org.kehoach.model.PageLocator;
import org.kehoach.text.Fold;

/**
 * Gathers organisations from several places into one {@link Agency} each: keyed by gazetteer id, or by the
 * folded name for names the gazetteer lacks; duties and spans are merged without repeats. One collector per
 * extraction call; not thread-safe.
 */
final class AgencyCollector {
  private final Map<String, Entry> byKey = new LinkedHashMap<>();

  private static final class Entry {
    final String name;
    final Set<String> duties = new LinkedHashSet<>();
    final Set<List<Integer>> spans = new LinkedHashSet<>();

    Entry(String name) {
      this.name = name;
    }

    int firstStart() {
      return spans.stream().mapToInt(s -> s.get(0)).min().orElse(Integer.MAX_VALUE);
    }
  }

  /** Adds one organisation (its name as in {@code mention}) with its duties and the given character ranges. */
  void add(AgencyMention mention, List<String> duties, List<int[]> ranges) {
    String key = mention.agencyId() != null ? "id:" + mention.agencyId() : "name:" + Fold.fold(mention.name());
    Entry e = byKey.computeIfAbsent(key, k -> new Entry(mention.name()));
    e.duties.addAll(duties);
    for (int[] r : ranges) {
      e.spans.add(List.of(r[0], r[1]));
    }
  }

  /** The organisations in the order they are first named in the text (those without a span last). */
  List<Agency> agencies(PageLocator pages) {
    List<Entry> entries = new ArrayList<>(byKey.values());
    entries.sort(Comparator.comparingInt(Entry::firstStart));
    List<Agency> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      List<List<Integer>> sorted = new ArrayList<>(e.spans);
      sorted.sort(Comparator.comparingInt((List<Integer> s) -> s.get(0)).thenComparingInt(s -> s.get(1)));
      out.add(new Agency(e.name, List.copyOf(e.duties),
          sorted.stream().map(s -> pages.span(s.get(0), s.get(1))).toList()));
    }
    return out;
  }
}
