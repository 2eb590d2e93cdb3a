package org.kehoach.text.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kehoach.text.RandomText;

/** The memo must give what a map from copied spellings gives, computing each spelling once. */
class SpellingMemoTest {
  @Test
  void givesWhatAMapOfCopiesGives() {
    RandomText random = new RandomText("Việt", "viÖt", "Thöïc", "hiện", "ch­¬ng", "a", "Aa", "BB", "C#", "é", "é");
    SpellingMemo<String> memo = new SpellingMemo<>();
    Map<String, String> map = new HashMap<>();
    List<String> computed = new ArrayList<>();
    for (int round = 0; round < 5_000; round++) {
      String text = "  " + random.next(4, 8) + " ";
      int start = 2;
      int end = text.length() - 1;
      String spelling = text.substring(start, end);
      String expected = map.computeIfAbsent(spelling, s -> "#" + s.length() + s);
      String actual = memo.get(text, start, end, spelling.hashCode(), s -> {
        computed.add(s);
        return "#" + s.length() + s;
      });
      assertEquals(expected, actual, "seed " + random.seed() + ", spelling '" + spelling + "'");
    }
    assertEquals(map.size(), computed.size(), "each spelling computed once, seed " + random.seed());
  }
}
