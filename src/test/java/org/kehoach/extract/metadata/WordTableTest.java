package org.kehoach.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kehoach.gazetteer.SyllableTokenizer;

class WordTableTest {
  private final SyllableTokenizer tokenizer = new SyllableTokenizer();
  private final WordTable<String> table = new WordTable<>(Map.of(
      "Ủy ban", "committee-words",
      "Ủy ban nhân dân", "committee",
      "Sở", "department",
      "Sở Giáo dục và Đào tạo", "education"), tokenizer);

  private List<Word> words(String text) {
    return Word.split(tokenizer, text, 0, text.length());
  }

  @Test
  void theLongestPhraseStartingAtAWordWins() {
    List<Word> w = words("UỶ BAN NHÂN DÂN huyện");
    assertEquals(new WordTable.Hit<>("committee", 4), table.longestAt(w, 0));
    assertNull(table.longestAt(w, 1));
  }

  @Test
  void aLongerPhraseCutShortFallsBackToTheLongestComplete() {
    assertEquals(new WordTable.Hit<>("committee-words", 2), table.longestAt(words("Uỷ ban nhân"), 0));
    assertEquals(new WordTable.Hit<>("department", 1), table.longestAt(words("Sở Giáo dục tỉnh"), 0));
    assertEquals(new WordTable.Hit<>("education", 6), table.longestAt(words("về Sở Giáo dục và Đào tạo"), 1));
  }

  @Test
  void keysAreExactNotFolded() {
    assertNull(table.longestAt(words("Số 12"), 0)); // "Số" is not "Sở"
  }

  @Test
  void aPhraseWithoutWordsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new WordTable<>(Map.of(" - ", "x"), tokenizer));
  }
}
