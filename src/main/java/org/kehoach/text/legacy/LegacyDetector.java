package org.kehoach.text.legacy;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.SyllableChecker;

/**
 * Detects text that was set in a legacy font and extracted as Latin-1/windows-1252 mojibake ("Thùc hiÖn
 * Ch­¬ng tr×nh" is TCVN3, "Thöïc hieän Chöông trình" is VNI). Each codec's reading is scored against the
 * text as it stands ({@link VietnameseScore}); an encoding is reported when its reading
 *
 * <ul>
 *   <li>has at least {@value #MIN_VALID} well-formed syllables among the words with non-ASCII letters,
 *   <li>and at least {@value #MIN_SHARE_PERCENT}% of those words are well-formed,
 *   <li>and reads more Vietnamese (valid minus invalid words) than the text as it stands.
 * </ul>
 *
 * Unicode Vietnamese already scores high as it stands and loses under any legacy reading; English has no
 * word to count; a few stray "é" or "°" give too few words, and those mostly ill-formed. Immutable.
 */
final class LegacyDetector {
  static final int MIN_VALID = 3;
  static final int MIN_SHARE_PERCENT = 70;

  private final List<LegacyCodec> codecs;
  private final SyllableChecker checker;

  LegacyDetector(List<LegacyCodec> codecs, SyllableChecker checker) {
    this.codecs = List.copyOf(codecs);
    this.checker = checker;
  }

  Optional<LegacyCodec> detect(String input) {
    // decomposed Unicode would not count as words as it stands, while every reading comes out NFC
    String text = Normalizer.normalize(input, Normalizer.Form.NFC);
    VietnameseScore asIs = VietnameseScore.of(text, checker);
    LegacyCodec best = null;
    int bestNet = Integer.MIN_VALUE;
    for (LegacyCodec codec : codecs) {
      VietnameseScore read = VietnameseScore.of(codec.decode(text), checker);
      if (plausible(read) && read.net() > asIs.net() && read.net() > bestNet) {
        best = codec;
        bestNet = read.net();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a reading has enough well-formed syllables, and a large enough share of them, to be Vietnamese. */
  static boolean plausible(VietnameseScore read) {
    return read.valid() >= MIN_VALID && read.valid() * 100 >= MIN_SHARE_PERCENT * read.counted();
  }

  Optional<LegacyEncoding> detectEncoding(String text) {
    return detect(text).map(LegacyCodec::encoding);
  }
}
