package org.kehoach.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.kehoach.model.Span;

/**
 * Walks any value of the model (records, lists, maps) and checks that every {@link Span} in it lies inside a
 * text of the given length. Reflective, so a record added to the model later is checked without changing this.
 */
final class SpanCheck {
  private SpanCheck() {}

  /** Throws {@link AssertionError} naming the path of the first span outside {@code [0, length]}. */
  static void inside(Object value, int length) {
    walk(value, length, "$");
  }

  private static void walk(Object value, int length, String path) {
    if (value == null) {
      return;
    }
    if (value instanceof Span s) {
      if (s.start() < 0 || s.end() > length || s.start() > s.end()) {
        throw new AssertionError(path + " = " + s + " is outside the text of length " + length);
      }
      return;
    }
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object o : c) {
        walk(o, length, path + "[" + i++ + "]");
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> walk(v, length, path + "[" + k + "]"));
      return;
    }
    Class<?> type = value.getClass();
    if (!type.isRecord()) {
      return;
    }
    for (RecordComponent rc : type.getRecordComponents()) {
      try {
        walk(rc.getAccessor().invoke(value), length, path + "." + rc.getName());
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + path + "." + rc.getName(), e);
      }
    }
  }
}
