package org.kehoach.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the writer must know without reading the index back: which file (by sha256) is a source of which
 * plan version, and how the versions of each series are ordered. Rebuilt from doc values when an index is
 * opened. Its methods are synchronized, so the maps stay consistent; decisions that span several calls (is
 * this a new version?) are made under {@link PlanIndex}'s lock for the series, and a version's fields are
 * read and changed only under that lock.
 */
final class Catalog {
  /** One source file of a version. */
  record Source(String sha, String versionId, String file, String format, long seq) {
    Source {
      Objects.requireNonNull(sha, "sha");
      Objects.requireNonNull(versionId, "versionId");
    }
  }

  /** One plan version with its sources, oldest first; the first is the primary the targets point into. */
  static final class Version {
    final String id;
    final String series;
    final String issued;
    final long seq;
    final List<Source> sources = new ArrayList<>();
    int number;
    boolean superseded;

    Version(String id, String series, String issued, long seq) {
      this.id = id;
      this.series = series;
      this.issued = issued == null ? "" : issued;
      this.seq = seq;
    }

    Source primary() {
      return sources.get(0);
    }
  }

  /** Versions are ordered by issue date (missing dates first), then by when they were first indexed. */
  private static final Comparator<Version> ORDER =
      Comparator.comparing((Version v) -> v.issued).thenComparingLong(v -> v.seq);

  private final Map<String, Source> bySha = new HashMap<>();
  private final Map<String, Version> byId = new HashMap<>();
  private final Map<String, List<Version>> bySeries = new HashMap<>();
  private long lastSeq;

  synchronized Source source(String sha) {
    return bySha.get(sha);
  }

  synchronized Version version(String id) {
    return byId.get(id);
  }

  synchronized int sourceCount() {
    return bySha.size();
  }

  synchronized int versionCount() {
    return byId.size();
  }

  synchronized int seriesCount() {
    return bySeries.size();
  }

  synchronized long nextSeq() {
    return ++lastSeq;
  }

  /** Registers a version read back from the index, or created now (then with no sources yet). */
  synchronized Version addVersion(String id, String series, String issued, long seq) {
    Version v = new Version(id, series, issued, seq);
    byId.put(id, v);
    bySeries.computeIfAbsent(series, k -> new ArrayList<>()).add(v);
    lastSeq = Math.max(lastSeq, seq);
    return v;
  }

  /** Registers a source of an existing version. */
  synchronized void addSource(Source s) {
    Version v = byId.get(s.versionId());
    if (v == null) {
      throw new IllegalStateException("source " + s.sha() + " names unknown version " + s.versionId());
    }
    bySha.put(s.sha(), s);
    v.sources.add(s);
    v.sources.sort(Comparator.comparingLong(Source::seq));
    lastSeq = Math.max(lastSeq, s.seq());
  }

  /** Replaces the record of a source already registered (same sha, version and seq); returns its version. */
  synchronized Version replaceSource(Source s) {
    Source old = bySha.put(s.sha(), s);
    if (old == null || !old.versionId().equals(s.versionId())) {
      throw new IllegalStateException("source " + s.sha() + " is not registered with version " + s.versionId());
    }
    Version v = byId.get(s.versionId());
    v.sources.replaceAll(x -> x.sha().equals(s.sha()) ? s : x);
    return v;
  }

  /** How many versions the series has. */
  synchronized int seriesSize(String series) {
    return bySeries.getOrDefault(series, List.of()).size();
  }

  /** Every version, for reconciling stored doc values after loading. */
  synchronized List<Version> versions() {
    return new ArrayList<>(byId.values());
  }

  /** Every series key. */
  synchronized List<String> seriesKeys() {
    return new ArrayList<>(bySeries.keySet());
  }

  /** Unregisters a source; returns its version, which the caller drops when it has no sources left. */
  synchronized Version removeSource(String sha) {
    Source s = bySha.remove(sha);
    if (s == null) {
      return null;
    }
    Version v = byId.get(s.versionId());
    v.sources.removeIf(x -> x.sha().equals(sha));
    return v;
  }

  synchronized void removeVersion(Version v) {
    byId.remove(v.id);
    List<Version> list = bySeries.get(v.series);
    list.remove(v);
    if (list.isEmpty()) {
      bySeries.remove(v.series);
    }
  }

  /**
   * Numbers the versions of a series 1..n in order; all but the last are superseded.
   *
   * @return the versions whose number or flag changed
   */
  synchronized List<Version> renumber(String series) {
    List<Version> list = bySeries.get(series);
    if (list == null) {
      return List.of();
    }
    list.sort(ORDER);
    List<Version> changed = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Version v = list.get(i);
      int number = i + 1;
      boolean superseded = i < list.size() - 1;
      if (v.number != number || v.superseded != superseded) {
        v.number = number;
        v.superseded = superseded;
        changed.add(v);
      }
    }
    return changed;
  }
}
