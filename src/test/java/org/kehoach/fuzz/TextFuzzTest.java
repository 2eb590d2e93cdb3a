package org.kehoach.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzz tests (Jazzer) of the text components that see every document: the normaliser chain,
 * the legacy decoders, the segmenter and the number/date/money readers. The checks are in {@link Targets}.
 *
 * <p>During {@code mvn test} these run in Jazzer's regression mode: only the saved inputs under
 * {@code src/test/resources/org/kehoach/fuzz/TextFuzzTestInputs/<method>/} and an empty input, in well under a
 * second, deterministic. To fuzz one target (a minute each, findings saved as new regression inputs):
 *
 * <pre>JAZZER_FUZZ=1 mvn test -Dtest=TextFuzzTest#segmenter</pre>
 *
 * (likewise {@code #normalizer}, {@code #legacy}, {@code #values}; Jazzer fuzzes one method per run).
 */
class TextFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void normalizer(FuzzedDataProvider data) {
    boolean paged = data.consumeBoolean();
    int n = data.consumeInt(1, 4);
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pages.add(data.consumeString(2_000));
    }
    Targets.normalizer(pages, paged);
  }

  @FuzzTest(maxDuration = "60s")
  void legacy(FuzzedDataProvider data) {
    byte[] bytes = data.consumeBytes(4_000);
    Targets.legacy(bytes, data.consumeRemainingAsString());
  }

  @FuzzTest(maxDuration = "60s")
  void segmenter(FuzzedDataProvider data) {
    Targets.segmenter(data.consumeRemainingAsString());
  }

  @FuzzTest(maxDuration = "60s")
  void values(FuzzedDataProvider data) {
    int a = data.consumeInt();
    int b = data.consumeInt();
    Targets.values(data.consumeRemainingAsString(), a, b);
  }
}
