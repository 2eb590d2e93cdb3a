package org.kehoach.text.legacy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kehoach.text.Nfc;
import org.kehoach.text.SyllableChecker;

/**
 * Decodes the bytes of a plain-text file, in this order:
 *
 * <ol>
 *   <li>a byte order mark: UTF-8, UTF-16LE, UTF-16BE;
 *   <li>UTF-16 without a mark, when one byte of each pair is zero far more often than the other (ASCII
 *       letters, digits and spaces, most of any Vietnamese text, have a zero high byte);
 *   <li>strict UTF-8 (no malformed sequence), which 8-bit text with any high byte almost never passes;
 *   <li>otherwise the 8-bit readings windows-1252, windows-1258, TCVN3 and VNI, scored by how Vietnamese
 *       they read ({@link VietnameseScore}); the best plausible one ({@link LegacyDetector#plausible}) wins if
 *       it reads more Vietnamese than windows-1252, which is kept for text that is not Vietnamese at all.
 * </ol>
 *
 * Unicode text that turns out to be legacy-font mojibake (text copied out of a .VnTime document and saved
 * as UTF-8) is converted too. The result is NFC. Immutable and thread-safe.
 */
final class CharsetSniffer {
  /** Share of pairs with a zero byte on one side that marks UTF-16 without a byte order mark. */
  private static final int UTF16_ZERO_PERCENT = 20;
  /** Share of pairs with a zero byte on the other side that such UTF-16 may still have (U+0100, U+2000…). */
  private static final int UTF16_OTHER_PERCENT = 2;
  private static final int UTF16_SAMPLE_BYTES = 1 << 16;

  private final List<LegacyCodec> codecs;
  private final LegacyDetector detector;
  private final SyllableChecker checker;

  CharsetSniffer(List<LegacyCodec> codecs, SyllableChecker checker) {
    this.codecs = List.copyOf(codecs);
    this.checker = checker;
    this.detector = new LegacyDetector(codecs, checker);
  }

  DecodedText decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return unicode(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return unicode(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return unicode(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    Optional<Charset> utf16 = utf16ByZeros(bytes);
    if (utf16.isPresent()) {
      Optional<String> text = strict(bytes, utf16.get());
      if (text.isPresent()) {
        return unicode(text.get(), utf16.get().name());
      }
    }
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return unicode(utf8.get(), "UTF-8");
    }
    return eightBit(bytes);
  }

  private DecodedText unicode(String decoded, String charset) {
    // Nfc skips the normaliser for text that plainly is NFC (most Vietnamese is), as the detector does next
    String text = Nfc.normalize(decoded);
    Optional<LegacyCodec> legacy = detector.detect(text);
    if (legacy.isPresent()) {
      String converted = new LineConverter(legacy.get(), new SyllableMemo(checker)).convert(text, true);
      return new DecodedText(converted, charset, legacy.get().encoding(), true);
    }
    return new DecodedText(text, charset, null, true);
  }

  private DecodedText eightBit(byte[] bytes) {
    List<DecodedText> candidates = new ArrayList<>();
    candidates.add(jdk(bytes, "windows-1252"));
    if (Charset.isSupported("windows-1258")) {
      candidates.add(jdk(bytes, "windows-1258"));
    }
    String byteChars = ByteView.fromBytes(bytes);
    SyllableMemo memo = new SyllableMemo(checker);
    for (LegacyCodec codec : codecs) {
      String text = new LineConverter(codec, memo).convert(byteChars, true);
      candidates.add(new DecodedText(text, codec.encoding().name(), codec.encoding(), true));
    }
    DecodedText best = candidates.get(0);
    int bestNet = VietnameseScore.of(best.text(), memo).net();
    for (DecodedText c : candidates.subList(1, candidates.size())) {
      VietnameseScore score = VietnameseScore.of(c.text(), memo);
      if (LegacyDetector.plausible(score) && score.net() > bestNet) {
        best = c;
        bestNet = score.net();
      }
    }
    return best;
  }

  private static DecodedText jdk(byte[] bytes, String charset) {
    String text = new String(bytes, Charset.forName(charset));
    return new DecodedText(Nfc.normalize(text), charset, null, false);
  }

  /** UTF-16LE or BE when zero bytes sit on one side of the pairs of a sample; empty otherwise. */
  static Optional<Charset> utf16ByZeros(byte[] bytes) {
    int n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
    int pairs = n / 2;
    if (pairs < 2 || bytes.length % 2 != 0) {
      return Optional.empty();
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      zeroEven += bytes[i] == 0 ? 1 : 0;
      zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
    }
    if (zeroOdd * 100 >= UTF16_ZERO_PERCENT * pairs && zeroEven * 100 <= UTF16_OTHER_PERCENT * pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (zeroEven * 100 >= UTF16_ZERO_PERCENT * pairs && zeroOdd * 100 <= UTF16_OTHER_PERCENT * pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String lenient(byte[] bytes, int offset, Charset cs) {
    return new String(bytes, offset, bytes.length - offset, cs);
  }

  private static Optional<String> strict(byte[] bytes, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
