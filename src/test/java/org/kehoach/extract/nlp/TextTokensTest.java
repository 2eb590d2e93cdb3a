package org.kehoach.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kehoach.util.TestTexts;

/** A slice of a text's tokens must be exactly what tokenising the slice gives, wherever the slice falls. */
class TextTokensTest {
  private final VietTokenizer tokenizer = new VietTokenizer();

  /** Word, lemma, shape and offsets of each token: what the rules can see. */
  private static List<String> view(List<CoreLabel> labels) {
    List<String> out = new ArrayList<>();
    for (CoreLabel l : labels) {
      out.add(l.word() + "|" + l.value() + "|" + l.originalText() + "|" + l.lemma() + "|"
          + l.get(CoreAnnotations.ShapeAnnotation.class) + "|" + l.beginPosition() + "-" + l.endPosition());
    }
    return out;
  }

  private void assertSliceTokenisesAsTheRange(TextTokens whole, int from, int to) {
    String text = whole.text();
    TextTokens slice = whole.slice(from, to);
    String where = "[" + from + ", " + to + ") of '" + text + "'";
    assertEquals(view(tokenizer.tokenize(text, from, to)), view(slice.labels()), where);
    assertEquals(from, slice.from(), where);
    assertEquals(to, slice.to(), where);
  }

  @Test
  void slicesInsideTokensAndAtTheirEdgesTokeniseAsTheRange() {
    String text = "Giao Sở Y tế chủ trì; đạt 99,5% (550/100.000 trẻ), QĐ19-UBND.";
    TextTokens whole = tokenizer.tokens(text);
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        assertSliceTokenisesAsTheRange(whole, from, to);
      }
    }
  }

  @Test
  void aNumberCutAfterItsDotEndsBeforeTheDot() {
    String text = "giảm 100.000 trẻ";
    TextTokens whole = tokenizer.tokens(text);
    TextTokens cut = whole.slice(0, text.indexOf('.') + 1);
    assertEquals(List.of("giảm", "100", "."), words(cut));
  }

  @Test
  void slicesOfSlicesAndRangesOutsideStillTokeniseAsTheRange() {
    String text = "Phòng LĐ-TB&XH, Đồn Công an Lý Sơn: phối hợp với các xã.";
    TextTokens part = tokenizer.tokens(text, 6, 40);
    assertSliceTokenisesAsTheRange(part, 10, 30);
    assertSliceTokenisesAsTheRange(part.slice(8, 35), 12, 20);
    assertSliceTokenisesAsTheRange(part, 0, text.length());
    assertSliceTokenisesAsTheRange(part, 2, 12);
  }

  @Test
  void randomTextsAndRangesTokeniseAsTheRange() {
    long seed = System.nanoTime();
    System.out.println("TextTokensTest seed " + seed);
    Random random = new Random(seed);
    String alphabet = "aăâđeêioôơuưyAĐỹẠờứ0123456789.,;:-/%&() \n\t\u0301\u0323\uD835\uDC00";
    for (int k = 0; k < 300; k++) {
      String text = TestTexts.random(random, alphabet, 60);
      TextTokens whole = tokenizer.tokens(text);
      for (int r = 0; r < 20; r++) {
        int from = random.nextInt(text.length() + 1);
        int to = from + random.nextInt(text.length() - from + 1);
        assertSliceTokenisesAsTheRange(whole, from, to);
      }
    }
  }

  @Test
  void theSearchesForATokenFindWhatAWalkOverTheSliceFinds() {
    String text = "Giao Sở Y tế chủ trì; đạt 99,5% (550/100.000 trẻ), trước ngày 10/5/2025.";
    TextTokens whole = tokenizer.tokens(text);
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to += 7) {
        TextTokens slice = whole.slice(from, to);
        for (int offset = 0; offset <= text.length() + 1; offset++) {
          int walked = 0;
          while (walked < slice.size() && slice.begin(walked) < offset) {
            walked++;
          }
          assertEquals(walked, slice.firstStartingAt(offset), "[" + from + ", " + to + ") at " + offset);
          int ending = 0;
          while (ending < slice.size() && slice.end(ending) <= offset) {
            ending++;
          }
          assertEquals(ending, slice.firstEndingAfter(offset), "[" + from + ", " + to + ") after " + offset);
        }
      }
    }
  }

  @Test
  void labelsAreFreshOnEachCallSoAnnotationsDoNotLeak() {
    TextTokens whole = tokenizer.tokens("Sở Y tế chủ trì");
    List<CoreLabel> first = whole.labels();
    first.forEach(l -> l.setNER("AGENCY"));
    List<CoreLabel> second = whole.slice(0, whole.text().length()).labels();
    assertTrue(second.stream().allMatch(l -> l.ner() == null));
    assertNotEquals(first.get(0), second.get(0));
  }

  @Test
  void randomRangesOfTheCorpusPlansTokeniseAsTheRange() throws IOException {
    Map<String, String> plans = TestTexts.corpusPlans();
    Random random = new Random(plans.size());
    for (Map.Entry<String, String> plan : plans.entrySet()) {
      String text = plan.getValue();
      TextTokens whole = tokenizer.tokens(text);
      assertEquals(view(tokenizer.tokenize(text)), view(whole.labels()), plan.getKey());
      for (int r = 0; r < 100; r++) {
        int from = random.nextInt(text.length() + 1);
        int to = Math.min(text.length(), from + random.nextInt(2000));
        assertSliceTokenisesAsTheRange(whole, from, to);
        assertSliceTokenisesAsTheRange(whole.slice(from, to), from + (to - from) / 3, to - (to - from) / 3);
      }
    }
  }

  @Test
  void aValueDerivedPerDocumentIsMadeOnceFromTheWholeRangeAndSharedBySlices() {
    String text = "Giao Sở Y tế chủ trì, phối hợp với UBND các xã.";
    TextTokens whole = tokenizer.tokens(text, 5, 40);
    AtomicInteger made = new AtomicInteger();
    String fromSlice = whole.slice(10, 20).perDocument(String.class, t -> {
      made.incrementAndGet();
      return t.from() + "-" + t.to();
    });
    assertEquals("5-40", fromSlice);
    assertEquals("5-40", whole.slice(22, 30).perDocument(String.class, t -> "made again"));
    assertEquals("5-40", whole.perDocument(String.class, t -> "made again"));
    assertEquals(1, made.get());
    assertEquals("other", tokenizer.tokens(text, 5, 40).perDocument(String.class, t -> "other"));
  }

  private static List<String> words(TextTokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.word(i));
    }
    return out;
  }
}
