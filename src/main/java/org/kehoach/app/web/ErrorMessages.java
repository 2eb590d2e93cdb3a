package org.kehoach.app.web;

import java.util.EnumMap;
import java.util.Map;

/**
 * The plain Vietnamese sentence each {@link ErrorCode} is explained with, read from {@code errors-vi.tsv}.
 * Every code must have one: a missing line fails at start, not in front of a user.
 */
public final class ErrorMessages {
  private static final String RESOURCE = "/org/kehoach/web/errors-vi.tsv";

  private final Map<ErrorCode, String> messages;

  private ErrorMessages(Map<ErrorCode, String> messages) {
    this.messages = messages;
  }

  public static ErrorMessages vietnamese() {
    Map<ErrorCode, String> map = new EnumMap<>(ErrorCode.class);
    TsvResource.load(RESOURCE).forEach((k, v) -> map.put(ErrorCode.valueOf(k), v));
    for (ErrorCode c : ErrorCode.values()) {
      if (!map.containsKey(c)) {
        throw new IllegalStateException(RESOURCE + " has no message for " + c);
      }
    }
    return new ErrorMessages(map);
  }

  public String of(ErrorCode code) {
    return messages.get(code);
  }
}
