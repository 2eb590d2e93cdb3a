package org.kehoach.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleIndexTest {
  @Test
  void classesOfLiteralCharactersGiveTheirCharacters() {
    assertEquals(List.of(",", ";"), RuleIndex.classChars("[,;]"));
    assertEquals(List.of("-", "\u2013", "\u2014"), RuleIndex.classChars("[-\u2013\u2014]"));
    assertEquals(List.of("/", "-", "\u2013", "&"), RuleIndex.classChars("[\\/\\-\\u2013&]"));
    assertEquals(List.of(":", "."), RuleIndex.classChars("[:.]"));
  }

  @Test
  void otherRegexesAreNotReadAsWords() {
    for (String regex : List.of("[a-z]", "[^,;]", "[\\d]", "[\\p{L}]", "[a&&b]", "[,;]+", "[[a]]", "(19|20)[0-9]",
        "[đĐ][ạẠ]", "[]", "x")) {
      assertNull(RuleIndex.classChars(regex), regex);
    }
  }

  @Test
  void theCharactersAreExactlyWhatTheRegexMatches() {
    // every class read as words matches those one-character words and nothing else among a sample of strings
    List<String> samples = new ArrayList<>();
    for (char c = 0x20; c < 0x250; c++) {
      samples.add(String.valueOf(c));
    }
    samples.addAll(List.of("\u2013", "\u2014", ",;", "--", ""));
    for (String regex : List.of("[,;]", "[-\u2013\u2014]", "[\\/\\-\\u2013&]", "[:.;]", "[a-]", "[\\[\\]]")) {
      List<String> chars = RuleIndex.classChars(regex);
      Pattern p = Pattern.compile(regex);
      for (String s : samples) {
        assertEquals(p.matcher(s).matches(), chars.contains(s), regex + " on '" + s + "'");
      }
    }
  }
}
