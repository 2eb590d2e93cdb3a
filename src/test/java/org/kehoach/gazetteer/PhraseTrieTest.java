package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {
  private final SyllableTokenizer tok = new SyllableTokenizer();

  private PhraseTrie<String> trie() {
    PhraseTrie.Builder<String> b = PhraseTrie.builder(tok);
    b.add("Cẩm Phả", "district:Cẩm Phả");
    b.add("TP. Cẩm Phả", "district:Cẩm Phả");
    b.add("Phòng Y tế", "health");
    b.add("Phòng LĐ-TB&XH", "labour");
    b.add("Phòng Lao động - Thương binh và Xã hội", "labour");
    b.add("Phòng Lao động", "labour");
    b.add("Châu Thành", "Châu Thành/Bến Tre");
    b.add("Châu Thành", "Châu Thành/Trà Vinh");
    b.add("Châu Thành A", "Châu Thành A/Hậu Giang");
    return b.build();
  }

  private static String at(String text, PhraseMatch<?> m) {
    return text.substring(m.start(), m.end());
  }

  @Test
  void findsLongestMatchesWithOffsetsIntoTheOriginal() {
    String text = "UBND tp. CẨM PHẢ giao phòng Lao Động – Thương Binh và Xã Hội, Phòng Y Tế thực hiện.";
    List<PhraseMatch<String>> found = trie().findAll(text);
    assertEquals(3, found.size());
    assertEquals("tp. CẨM PHẢ", at(text, found.get(0)));
    assertEquals("phòng Lao Động – Thương Binh và Xã Hội", at(text, found.get(1)));
    assertEquals("Phòng Y Tế", at(text, found.get(2)));
    assertEquals(List.of("labour"), found.get(1).values());
    assertEquals(found.get(1).surface(), at(text, found.get(1)));
  }

  @Test
  void abbreviationsMatchWhateverTheSpacingAroundPunctuation() {
    for (String written : List.of("Phòng LĐ-TB&XH", "phòng LĐ - TB & XH", "Phòng LĐ-TB &XH", "PHÒNG lđ/tb/xh")) {
      String text = "Giao " + written + " chủ trì.";
      List<PhraseMatch<String>> found = trie().findAll(text);
      assertEquals(1, found.size(), written);
      assertEquals(written, at(text, found.get(0)));
    }
  }

  @Test
  void shorterPhraseMatchesWhenTheLongerOneIsIncomplete() {
    String text = "Phòng Lao động huyện báo cáo.";
    PhraseMatch<String> m = trie().findAll(text).get(0);
    assertEquals("Phòng Lao động", at(text, m));
  }

  @Test
  void ambiguousPhraseCarriesEveryValue() {
    String text = "huyện Châu Thành và huyện Châu Thành A";
    List<PhraseMatch<String>> found = trie().findAll(text);
    assertEquals(2, found.size());
    assertEquals(List.of("Châu Thành/Bến Tre", "Châu Thành/Trà Vinh"), found.get(0).values());
    assertEquals("Châu Thành A", at(text, found.get(1)));
    assertEquals(List.of("Châu Thành A/Hậu Giang"), found.get(1).values());
  }

  @Test
  void textSeparatorsMayBeWeakerThanThePhrasesButNeverStronger() {
    PhraseTrie.Builder<String> b = PhraseTrie.builder(tok);
    b.add("Huyện ủy", "party");
    b.add("UBND các xã, thị trấn", "communes");
    PhraseTrie<String> t = b.build();
    assertEquals(List.of(), t.findAll("cấp Huyện, Ủy ban nhân dân"));
    assertEquals(List.of("Huyện ủy"), t.findAll("Thường trực Huyện ủy;").stream().map(PhraseMatch::surface).toList());
    assertEquals(List.of("UBND các xã thị trấn", "UBND các xã, thị trấn"),
        t.findAll("UBND các xã thị trấn; UBND các xã, thị trấn").stream().map(PhraseMatch::surface).toList());
    assertEquals(List.of(), t.findAll("UBND các xã (thị trấn)"));
    assertEquals(List.of("Huyện\nủy"), t.findAll("Huyện\nủy").stream().map(PhraseMatch::surface).toList());
  }

  @Test
  void blockingPhrasesHideTheShorterPhrasesTheyOverlap() {
    PhraseTrie.Builder<String> b = PhraseTrie.builder(tok);
    b.add("Sở Giáo dục", "education");
    b.add("Cơ sở bảo trợ xã hội", "care");
    b.block("cơ sở");
    PhraseTrie<String> t = b.build();
    String text = "Các cơ sở giáo dục và Cơ sở bảo trợ xã hội báo cáo Sở Giáo dục.";
    assertEquals(List.of("Cơ sở bảo trợ xã hội", "Sở Giáo dục"),
        t.findAll(text).stream().map(PhraseMatch::surface).toList());
    assertEquals(List.of(), t.exact("cơ sở"));
    assertTrue(t.longestPrefix("cơ sở giáo dục").isEmpty());
  }

  @Test
  void exactAndPrefixLookups() {
    PhraseTrie<String> t = trie();
    assertEquals(List.of("district:Cẩm Phả"), t.exact("TP Cẩm Phả"));
    assertEquals(List.of(), t.exact("Cẩm"));
    assertEquals(List.of(), t.exact(" ... "));
    PhraseMatch<String> prefix = t.longestPrefix("Phòng LĐ-TB&XH huyện Lý Sơn").orElseThrow();
    assertEquals("labour", prefix.first());
    assertEquals("Phòng LĐ-TB&XH", prefix.surface());
    assertTrue(t.longestPrefix("Ban chỉ đạo Phòng Y tế").isEmpty());
  }

  @Test
  void matchesNeverOverlapAndStayInsideTheText() {
    PhraseTrie<String> t = trie();
    String[] parts = {"Cẩm Phả", "Phòng", "Y tế", "Châu Thành", "A", "Lao động", ", ", "và", "TP.", "xã"};
    long seed = 20250301L;
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        sb.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      int last = 0;
      for (PhraseMatch<String> m : t.findAll(text)) {
        assertTrue(m.start() >= last && m.end() <= text.length(), "seed " + seed + ": " + text);
        assertEquals(tok.phraseKey(at(text, m)), m.key(), "seed " + seed);
        last = m.end();
      }
    }
  }
}
