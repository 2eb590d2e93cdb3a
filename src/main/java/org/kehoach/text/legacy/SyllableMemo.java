package org.kehoach.text.legacy;

import java.util.HashMap;
import java.util.Map;
import org.kehoach.text.SyllableChecker;

/**
 * Remembers the checker's answer for each word it was asked about. Decoding a file scores the same few
 * hundred words many times over (each candidate reading, each line as it stands and converted), and a
 * lookup is cheaper than parsing the syllable again. One per decoding; not thread-safe.
 */
final class SyllableMemo implements SyllableTest {
  private final SyllableChecker checker;
  private final Map<String, Boolean> answers = new HashMap<>();

  SyllableMemo(SyllableChecker checker) {
    this.checker = checker;
  }

  @Override
  public boolean isSyllable(CharSequence s, int start, int end) {
    return answers.computeIfAbsent(s.subSequence(start, end).toString(), checker::isSyllable);
  }
}
