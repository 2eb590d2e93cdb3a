package org.kehoach.text.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.Nfc;
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
 *
 * <p>The scores are summed over segments, not computed on whole readings of the text: a segment is a run
 * of characters between ASCII non-letters (spaces, digits, punctuation). No codec changes an ASCII
 * character or joins one to its neighbour, and no word runs across one, so every reading of the text is
 * the readings of its segments put back between the same separators, and its score the sum of theirs.
 * Segments of ASCII letters hold no word that counts; every other segment is scored once per distinct
 * spelling, so a document is read in one pass plus a few hundred distinct words. Before that count, {@link
 * NoGainProof} tries to show from the frequent spellings alone that no reading can win, which settles most
 * Unicode text.
 */
final class LegacyDetector {
  static final int MIN_VALID = 3;
  static final int MIN_SHARE_PERCENT = 70;

  private final List<LegacyCodec> codecs;
  private final SyllableChecker checker;
  private final NoGainProof noGain;

  LegacyDetector(List<LegacyCodec> codecs, SyllableChecker checker) {
    this.codecs = List.copyOf(codecs);
    this.checker = checker;
    this.noGain = new NoGainProof(this.codecs, this::score);
  }

  Optional<LegacyCodec> detect(String input) {
    // decomposed Unicode would not count as words as it stands, while every reading comes out NFC
    String text = Nfc.normalize(input);
    // Unicode text: proven after scoring its frequent spellings only; a report needs read.net() > asIs.net()
    if (noGain.noCodecGains(text)) {
      return Optional.empty();
    }
    return detectByFullCount(text);
  }

  /** What {@link #detect} reports, from the full scores of every reading; {@code text} is NFC. */
  Optional<LegacyCodec> detectByFullCount(String text) {
    List<VietnameseScore> scores = readings(text);
    VietnameseScore asIs = scores.get(0);
    LegacyCodec best = null;
    int bestNet = Integer.MIN_VALUE;
    for (int c = 0; c < codecs.size(); c++) {
      VietnameseScore read = scores.get(c + 1);
      if (plausible(read) && read.net() > asIs.net() && read.net() > bestNet) {
        best = codecs.get(c);
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

  /**
   * The score of {@code text} as it stands, then of its reading by each codec in order: what {@link
   * VietnameseScore#of} gives for {@code text} and for {@code codec.decode(text)}, for NFC text.
   */
  List<VietnameseScore> readings(String text) {
    int readings = codecs.size() + 1;
    int[] valid = new int[readings];
    int[] invalid = new int[readings];
    int[] unicodeOnly = new int[readings];
    SpellingMemo<VietnameseScore[]> bySpelling = new SpellingMemo<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (isSeparator(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean nonAscii = false;
      int hash = 0;
      for (; i < n && !isSeparator(text.charAt(i)); i++) {
        char c = text.charAt(i);
        nonAscii |= c >= 0x80;
        hash = 31 * hash + c;
      }
      if (nonAscii) {
        VietnameseScore[] segment = bySpelling.get(text, start, i, hash, this::score);
        for (int r = 0; r < readings; r++) {
          valid[r] += segment[r].valid();
          invalid[r] += segment[r].invalid();
          unicodeOnly[r] += segment[r].unicodeOnly();
        }
      }
    }
    List<VietnameseScore> out = new ArrayList<>(readings);
    for (int r = 0; r < readings; r++) {
      out.add(new VietnameseScore(valid[r], invalid[r], unicodeOnly[r]));
    }
    return List.copyOf(out);
  }

  VietnameseScore[] score(String segment) {
    VietnameseScore asIs = VietnameseScore.of(segment, checker);
    // a codec reads only characters that stand for a byte from 0x80 up; without one, nothing changes
    boolean readable = false;
    for (int i = 0; i < segment.length() && !readable; i++) {
      readable = ByteView.toByte(segment.charAt(i)) >= 0x80;
    }
    VietnameseScore[] out = new VietnameseScore[codecs.size() + 1];
    out[0] = asIs;
    for (int c = 0; c < codecs.size(); c++) {
      out[c + 1] = readable ? VietnameseScore.of(codecs.get(c).decode(segment), checker) : asIs;
    }
    return out;
  }

  /** An ASCII character other than a letter: no reading changes it and no word runs across it. */
  static boolean isSeparator(char c) {
    return c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z');
  }
}
