package org.kehoach.text.legacy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.SyllableChecker;

/**
 * Facade over the legacy Vietnamese codecs: decoding plain-text files ({@link CharsetSniffer}), detecting
 * legacy-font mojibake in extracted text ({@link LegacyDetector}) and converting it ({@link LineConverter}).
 * Stateless and thread-safe; the code tables are read once, on first use, into immutable objects.
 */
public final class LegacyDecoder {
  private LegacyDecoder() {}

  /**
   * Decodes the bytes of a plain-text file: BOM, UTF-16 (with or without BOM), UTF-8, windows-1258, TCVN3 or
   * VNI, whichever reads as Vietnamese; the result is NFC.
   */
  public static DecodedText decodeBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return Codecs.SNIFFER.decode(bytes);
  }

  /**
   * Detects text extracted from a document set in a legacy font (its bytes read as Latin-1/cp1252). Empty
   * for Unicode Vietnamese, for text in other languages and for text with a few stray Latin-1 characters.
   */
  public static Optional<LegacyEncoding> detect(String text) {
    Objects.requireNonNull(text, "text");
    return Codecs.DETECTOR.detectEncoding(text);
  }

  /**
   * Converts such text to Unicode NFC. Lines that are already Unicode Vietnamese are kept as they are;
   * TCVN3 capitals lost to the capital font are restored.
   */
  public static String convert(String text, LegacyEncoding encoding) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(encoding, "encoding");
    return new LineConverter(codec(encoding), new SyllableMemo(SyllableChecker.standard())).convert(text, false);
  }

  /**
   * Encodes Unicode text in a legacy encoding (the inverse of decoding; TCVN3 loses the case of toned
   * capitals, and characters the encoding lacks become '?'). Used to build test input and fixtures.
   */
  public static byte[] encode(String text, LegacyEncoding encoding) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(encoding, "encoding");
    return codec(encoding).encode(text);
  }

  private static LegacyCodec codec(LegacyEncoding encoding) {
    return switch (encoding) {
      case TCVN3 -> Codecs.TCVN3;
      case VNI -> Codecs.VNI;
    };
  }

  /** Lazy holder of the immutable codecs, built once. */
  private static final class Codecs {
    static final LegacyCodec TCVN3 = new Tcvn3Codec();
    static final LegacyCodec VNI = new VniCodec();
    static final List<LegacyCodec> ALL = List.of(TCVN3, VNI);
    static final LegacyDetector DETECTOR = new LegacyDetector(ALL, SyllableChecker.standard());
    static final CharsetSniffer SNIFFER = new CharsetSniffer(ALL, SyllableChecker.standard());
  }
}
