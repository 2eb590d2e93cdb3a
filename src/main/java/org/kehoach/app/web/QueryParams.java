package org.kehoach.app.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;

/** Reads optional query parameters; a malformed one is a BAD_REQUEST naming the parameter. */
final class QueryParams {
  private final Context ctx;

  QueryParams(Context ctx) {
    this.ctx = ctx;
  }

  /** The trimmed value, or {@code null} when absent or blank. */
  String text(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  Integer integer(String name, int min, int max) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiException(ErrorCode.BAD_REQUEST, name + ": expected a whole number in " + min + ".." + max
        + ", found '" + v + "'");
  }

  Double decimal(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new ApiException(ErrorCode.BAD_REQUEST, name + ": expected a number, found '" + v + "'");
    }
  }

  boolean flag(String name) {
    String v = text(name);
    return v != null && (v.equalsIgnoreCase("true") || v.equals("1"));
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.BAD_REQUEST, name + ": expected one of "
          + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", found '" + v + "'");
    }
  }
}
