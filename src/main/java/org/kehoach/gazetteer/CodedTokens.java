package org.kehoach.gazetteer;

import java.util.Arrays;

/**
 * The tokens of a text as {@link SyllableTokenizer#tokenize} splits them, each with the code of its key in a
 * {@link SyllableCodes} set ({@link SyllableCodes#NONE} for a key outside it) instead of the key itself.
 * Built by {@link SyllableTokenizer#encode}; not thread-safe while it is filled.
 */
final class CodedTokens {
  private int size;
  private int[] codes = new int[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];

  void add(int code, int start, int end) {
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    codes[size] = code;
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  int size() {
    return size;
  }

  int code(int i) {
    return codes[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }
}
