package org.kehoach.text.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.Nfc;
import org.kehoach.text.SyllableChecker;

/**
 * {@link NoGainProof} may only say "no codec gains" when the full count agrees, and {@link LegacyDetector#detect}
 * (which tries the proof first) must report what the full count reports: on the corpus texts, their legacy
 * copies, mixtures of both, and random texts of Unicode words with a varying share of mojibake and odd
 * characters (seed in the message). The proof rests on the codecs' bound, checked here on every byte and pair.
 */
class NoGainProofTest {
  private static final String[] UNICODE_WORDS = {
    "Kế", "hoạch", "triển", "khai", "công", "tác", "trẻ", "em", "năm", "Ủy", "ban", "nhân", "dân", "huyện",
    "Đồng", "Tháp", "tài", "chính", "và", "có", "ĐẢM", "BẢO", "giáo", "dục", "thực", "hiện", "Việt", "Nam",
    "người", "hưởng", "ứng", "quyền", "lợi", "café", "naïve", "Zürich", "the", "plan", "UBND", "KH", "à", "ý",
    "trình", "mới", "phòng", "chống", "dịch", "bệnh", "tiêu", "chí", "đạt", "kết", "quả", "xã", "hội"
  };
  /** Pieces that are no words but sit in real text: symbols, marks, private-use and C1 characters. */
  private static final String[] ODD = {
    "°", "©", "×", "§", "¬", "\u00AD", "–", "“", "”", "…", "€", "•", "\u0301", "\u0338", "\u0323\u0302",
    "\uF0B7", "\uF0E0", "\u0081", "😀", "≥", "½", "·", "Ω", "\u2126"
  };
  private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", "\n", "\t", "-", "/", "(", "1", "\""};

  private final LegacyCodec tcvn3 = new Tcvn3Codec();
  private final LegacyCodec vni = new VniCodec();
  private final List<LegacyCodec> codecs = List.of(tcvn3, vni);
  private final LegacyDetector detector = new LegacyDetector(codecs, SyllableChecker.standard());

  @Test
  void codecsNeverAddNonAsciiCharactersToInertTextAndKeepItInert() {
    List<String> singles = new ArrayList<>();
    for (int b = 0; b < 0x100; b++) {
      singles.add(String.valueOf(ByteView.toChar(b)));
      singles.add(String.valueOf((char) b));
      singles.add(String.valueOf((char) (0xF000 + b)));
    }
    List<String> inert = singles.stream().filter(Nfc::plainlyNormalized).distinct().toList();
    for (LegacyCodec codec : codecs) {
      for (String a : inert) {
        assertBound(codec, a);
        for (String b : inert) {
          assertBound(codec, a + b);
        }
      }
    }
  }

  private static void assertBound(LegacyCodec codec, String s) {
    String decoded = codec.decode(s);
    assertTrue(nonAscii(decoded) <= nonAscii(s) && Nfc.plainlyNormalized(decoded),
        codec.encoding() + " decodes " + escaped(s) + " to " + escaped(decoded));
  }

  @Test
  void agreesWithTheFullCountOnTheCorpusAndItsLegacyCopies() throws IOException {
    String dir = System.getProperty("kehoach.corpus");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "system property kehoach.corpus not set");
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(dir))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= 5, "corpus text files: " + files);
    String unicode = null;
    for (Path f : files) {
      String name = f.getFileName().toString();
      boolean legacy = name.endsWith(".tcvn3.txt") || name.endsWith(".vni.txt");
      String text = new String(Files.readAllBytes(f), legacy ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      assertAgrees(text, name);
      if (!legacy) {
        // the fast path is taken where it matters: plain Unicode plans
        assertTrue(new NoGainProof(codecs, detector::score).noCodecGains(text), name);
        unicode = text;
      } else {
        LegacyEncoding expected = name.endsWith(".vni.txt") ? LegacyEncoding.VNI : LegacyEncoding.TCVN3;
        assertEquals(expected, detector.detect(text).map(LegacyCodec::encoding).orElse(null), name);
        String mixed = unicode.substring(0, unicode.length() / 2) + "\n" + text.substring(0, text.length() / 3);
        assertAgrees(mixed, "first half of a Unicode text with a third of " + name);
        assertAgrees(unicode + "\n" + text.substring(0, 400), "a Unicode text with a paragraph of " + name);
      }
    }
  }

  @Test
  void agreesWithTheFullCountOnRandomTexts() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    double[] legacyShares = {0, 0.01, 0.05, 0.2, 0.5};
    for (int round = 0; round < 600; round++) {
      double share = legacyShares[round % legacyShares.length];
      String text = java.text.Normalizer.normalize(randomText(random, share), java.text.Normalizer.Form.NFC);
      assertAgrees(text, () -> "seed " + seed + ", text: " + escaped(text));
    }
  }

  private void assertAgrees(String input, String what) {
    assertAgrees(input, () -> what);
  }

  private void assertAgrees(String input, Supplier<String> what) {
    String text = Nfc.normalize(input);
    if (new NoGainProof(codecs, detector::score).noCodecGains(text)) {
      List<VietnameseScore> scores = detector.readings(text);
      for (int c = 1; c < scores.size(); c++) {
        assertTrue(scores.get(c).net() <= scores.get(0).net(), what.get() + ": proven, yet reading " + c + " gains: " + scores);
      }
    }
    assertEquals(detector.detectByFullCount(text), detector.detect(input), what);
  }

  /** Words drawn with a skew towards the first ones, as in real text; a share of them written in a legacy font. */
  private static String randomText(Random random, double legacyShare) {
    StringBuilder sb = new StringBuilder();
    int pieces = 1 + random.nextInt(400);
    for (int p = 0; p < pieces; p++) {
      int skewed = (int) (UNICODE_WORDS.length * Math.pow(random.nextDouble(), 2));
      String word = UNICODE_WORDS[skewed];
      double roll = random.nextDouble();
      if (roll < legacyShare) {
        LegacyEncoding e = random.nextBoolean() ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI;
        sb.append(new String(LegacyDecoder.encode(word, e), StandardCharsets.ISO_8859_1));
      } else if (roll < legacyShare + 0.05) {
        sb.append(ODD[random.nextInt(ODD.length)]);
      } else {
        sb.append(word);
      }
      if (random.nextInt(5) > 0) {
        sb.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      }
    }
    return sb.toString();
  }

  private static int nonAscii(String s) {
    return (int) s.chars().filter(c -> c >= 0x80).count();
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
    }
    return sb.toString();
  }
}
