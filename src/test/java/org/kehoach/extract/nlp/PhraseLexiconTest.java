package org.kehoach.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {
  private final PhraseLexicon types = PhraseLexicon.fromResource("org/kehoach/extract/legal/document-types.txt");

  @Test
  void tagsTheLongestPhraseWhateverItsCase() {
    List<CoreLabel> tokens = new VietTokenizer().tokenize("Căn cứ THÔNG TƯ LIÊN TỊCH số 1 và kế hoạch số 2");
    assertEquals(2, types.tag(tokens, "DOCTYPE"));
    String tagged = tokens.stream().filter(t -> "DOCTYPE".equals(t.ner())).map(CoreLabel::word)
        .collect(Collectors.joining(" "));
    assertEquals("THÔNG TƯ LIÊN TỊCH kế hoạch", tagged);
    assertEquals("Thông tư liên tịch", tokens.get(2).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
  }

  @Test
  void canonicalSpellingOrEmpty() {
    assertEquals(Optional.of("Kế hoạch"), types.canonical("KẾ  HOẠCH"));
    assertEquals(Optional.empty(), types.canonical("kế"));
  }

  @Test
  void tagsWhatTheLongestJoinedKeyFinds() {
    // the straightforward way: at each token, the longest run whose folded words are a listed phrase
    List<String> words = List.of("Thông", "tư", "liên", "tịch", "NGHỊ", "quyết", "định", "kế", "hoạch", "Kết", "luận",
        "báo", "số", "và", "căn", "cứ", ",", "1");
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(25); w > 0; w--) {
        text.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      List<CoreLabel> tokens = new VietTokenizer().tokenize(text.toString());
      types.tag(tokens, "DOCTYPE");
      int i = 0;
      while (i < tokens.size()) {
        int len = 0;
        for (int n = Math.min(8, tokens.size() - i); n > 0 && len == 0; n--) {
          String joined = tokens.subList(i, i + n).stream().map(CoreLabel::word).collect(Collectors.joining(" "));
          len = types.canonical(joined).isPresent() ? n : 0;
        }
        for (int k = i; k < i + Math.max(len, 1); k++) {
          assertEquals(len > 0 ? "DOCTYPE" : null, tokens.get(k).ner(), text + " at " + k);
        }
        i += Math.max(len, 1);
      }
    }
  }

  @Test
  void missingResourceIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhraseLexicon.fromResource("no/such.txt"));
    assertEquals(true, e.getMessage().contains("no/such.txt"));
  }
}
