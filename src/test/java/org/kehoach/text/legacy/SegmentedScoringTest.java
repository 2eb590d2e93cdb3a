package org.kehoach.text.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.SyllableChecker;

/**
 * The detector scores a text segment by segment; that must give exactly the scores of the whole text and of
 * each codec's whole reading, whatever the mixture of Unicode Vietnamese, legacy-font mojibake, symbols,
 * combining marks and private-use characters. Random texts, seed in the message.
 */
class SegmentedScoringTest {
  private static final String[] UNICODE_WORDS = {
    "Kế", "hoạch", "triển", "khai", "công", "tác", "trẻ", "em", "năm", "Ủy", "ban", "nhân", "dân", "huyện",
    "Đồng", "Tháp", "tài", "chính", "và", "có", "ĐẢM", "BẢO", "giáo", "dục", "thực", "hiện", "Việt", "Nam",
    "người", "hưởng", "ứng", "quyền", "lợi", "café", "naïve", "Zürich", "the", "plan", "UBND", "KH"
  };
  /** Pieces that are no words but sit in real text: symbols, marks, private-use and C1 characters. */
  private static final String[] ODD = {
    "°", "©", "×", "§", "¬", "\u00AD", "–", "“", "”", "…", "€", "•", "\u0301", "\u0338", "\u0323\u0302",
    "\uF0B8", "\uF0E0", "\u0081", "😀", "≥", "½", "·"
  };
  private static final String[] SEPARATORS = {
    " ", " ", " ", ", ", ". ", "\n", "\r\n", "\t", "-", "/", "(", ")", ";", ":", "<", "=", ">", "1", "2024", "\"",
  };

  private final LegacyCodec tcvn3 = new Tcvn3Codec();
  private final LegacyCodec vni = new VniCodec();
  private final SyllableChecker checker = SyllableChecker.standard();
  private final LegacyDetector detector = new LegacyDetector(List.of(tcvn3, vni), checker);

  @Test
  void segmentScoresAddUpToTheScoresOfTheWholeReadings() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      String text = Normalizer.normalize(randomText(random), Normalizer.Form.NFC);
      List<VietnameseScore> expected = List.of(
          VietnameseScore.of(text, checker),
          VietnameseScore.of(tcvn3.decode(text), checker),
          VietnameseScore.of(vni.decode(text), checker));
      assertEquals(expected, detector.readings(text), "seed " + seed + ", text: " + text);
    }
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = 1 + random.nextInt(60);
    for (int p = 0; p < pieces; p++) {
      int kind = random.nextInt(10);
      String word = UNICODE_WORDS[random.nextInt(UNICODE_WORDS.length)];
      if (kind < 4) {
        sb.append(word);
      } else if (kind < 6) {
        sb.append(asLatin1(word, LegacyEncoding.TCVN3));
      } else if (kind < 8) {
        sb.append(asLatin1(word, LegacyEncoding.VNI));
      } else {
        sb.append(ODD[random.nextInt(ODD.length)]);
      }
      if (random.nextInt(4) > 0) {
        sb.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      }
    }
    return sb.toString();
  }

  /** What Tika returns for a word set in a legacy font: one Latin-1 character per byte. */
  private static String asLatin1(String word, LegacyEncoding encoding) {
    return new String(LegacyDecoder.encode(word, encoding), StandardCharsets.ISO_8859_1);
  }

  @Test
  void everyAsciiNonLetterSeparatesWordsInEveryReading() {
    List<String> words = new ArrayList<>();
    for (char c = 0; c < 0x80; c++) {
      if (!Character.isLetter(c)) {
        words.add("Vi" + c + "ệt");
      }
    }
    for (String w : words) {
      assertEquals(List.of(VietnameseScore.of(w, checker), VietnameseScore.of(tcvn3.decode(w), checker),
          VietnameseScore.of(vni.decode(w), checker)), detector.readings(w), w);
    }
  }
}
