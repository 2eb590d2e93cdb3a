package org.kehoach.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The readers by the media types they declare ({@link DocumentReader#supportedTypes()}). Two readers
 * claiming one type is a configuration mistake and fails at construction. Immutable and thread-safe.
 */
final class ReaderRegistry {
  private final Map<String, DocumentReader> byType;

  ReaderRegistry(List<? extends DocumentReader> readers) {
    Map<String, DocumentReader> map = new HashMap<>();
    for (DocumentReader reader : readers) {
      for (String type : reader.supportedTypes()) {
        DocumentReader earlier = map.putIfAbsent(type, reader);
        if (earlier != null) {
          throw new IllegalArgumentException("media type " + type + " is claimed by both "
              + earlier.getClass().getSimpleName() + " and " + reader.getClass().getSimpleName());
        }
      }
    }
    this.byType = Map.copyOf(map);
  }

  Optional<DocumentReader> forType(String mediaType) {
    return Optional.ofNullable(byType.get(mediaType));
  }

  /** Every registered media type, sorted, for messages. */
  SortedSet<String> types() {
    return new TreeSet<>(byType.keySet());
  }
}
