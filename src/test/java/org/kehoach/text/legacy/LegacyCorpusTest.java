package org.kehoach.text.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kehoach.model.LegacyEncoding;

/**
 * The legacy copies of 2020_hong-ngu against their UTF-8 original, by character error rate (Levenshtein
 * distance over the reference length, whitespace runs collapsed to one space). Known residue: "…" was
 * written as "..." by the corpus encoder, and TCVN3 cannot tell a mid-sentence "Ủy ban" from "ủy ban".
 */
class LegacyCorpusTest {
  /** Whitespace runs, collapsed before comparing: "a \n\n b" → "a b". */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final double MAX_CER = 0.01;

  private static Path corpus() {
    String dir = System.getProperty("kehoach.corpus");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "system property kehoach.corpus not set");
    return Path.of(dir);
  }

  private static String collapse(String s) {
    return WHITESPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }

  static double cer(String hypothesis, String reference) {
    String h = collapse(hypothesis);
    String r = collapse(reference);
    int[] prev = new int[r.length() + 1];
    int[] cur = new int[r.length() + 1];
    for (int j = 0; j <= r.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= h.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= r.length(); j++) {
        int sub = prev[j - 1] + (h.charAt(i - 1) == r.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return (double) prev[r.length()] / Math.max(1, r.length());
  }

  @ParameterizedTest
  @CsvSource({"2020_hong-ngu.tcvn3.txt, TCVN3", "2020_hong-ngu.vni.txt, VNI"})
  void decodeBytesRecoversTheOriginal(String file, LegacyEncoding enc) throws IOException {
    Path dir = corpus();
    String reference = Files.readString(dir.resolve("2020_hong-ngu.txt"), StandardCharsets.UTF_8);
    DecodedText d = LegacyDecoder.decodeBytes(Files.readAllBytes(dir.resolve(file)));
    double cer = cer(d.text(), reference);
    System.out.printf(Locale.ROOT, "decodeBytes %s: legacy=%s CER=%.4f%%%n", file, d.legacy(), cer * 100);
    assertEquals(enc, d.legacy());
    assertTrue(cer < MAX_CER, "CER " + cer);
  }

  @ParameterizedTest
  @CsvSource({"2020_hong-ngu.tcvn3.txt, TCVN3", "2020_hong-ngu.vni.txt, VNI"})
  void detectAndConvertRecoverTikasLatin1Reading(String file, LegacyEncoding enc) throws IOException {
    Path dir = corpus();
    String reference = Files.readString(dir.resolve("2020_hong-ngu.txt"), StandardCharsets.UTF_8);
    String latin1 = new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.ISO_8859_1);
    assertEquals(Optional.of(enc), LegacyDecoder.detect(latin1));
    double cer = cer(LegacyDecoder.convert(latin1, enc), reference);
    System.out.printf(Locale.ROOT, "detect+convert %s: CER=%.4f%%%n", file, cer * 100);
    assertTrue(cer < MAX_CER, "CER " + cer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020_hong-ngu.txt", "2014_ha-nam.txt", "2023_cam-pha.txt", "2025_ly-son.txt", "2025_bu-gia-map-school.txt"
      })
  void unicodeSeedsAreLeftAlone(String file) throws IOException {
    byte[] bytes = Files.readAllBytes(corpus().resolve(file));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), LegacyDecoder.detect(text));
    DecodedText d = LegacyDecoder.decodeBytes(bytes);
    assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), d.text());
    assertEquals("UTF-8", d.charset());
  }
}
