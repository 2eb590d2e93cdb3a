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
  void missingResourceIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhraseLexicon.fromResource("no/such.txt"));
    assertEquals(true, e.getMessage().contains("no/such.txt"));
  }
}
