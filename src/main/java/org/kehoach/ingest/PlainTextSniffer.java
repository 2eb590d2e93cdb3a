package org.kehoach.ingest;

/**
 * Recognises 8-bit text that Tika's detector gives up on. Tika calls a file {@code text/plain} only when it
 * is mostly ASCII or valid UTF-8; Vietnamese in TCVN3, VNI or windows-1258 has about 20 % bytes above
 * 0x7F, so Tika answers {@code application/octet-stream}. Text of any single-byte encoding is told from
 * binary data by what binary data always has: NUL bytes and other control characters.
 */
final class PlainTextSniffer {
  /** Control bytes (other than tab, line breaks and form feed) tolerated per byte of text: 1 %. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  /** Printable ASCII and whitespace needed per byte: Vietnamese 8-bit text has about 80 %, random bytes 38 %. */
  private static final double MIN_ASCII_SHARE = 0.5;

  private PlainTextSniffer() {}

  /** True when {@code head}, the first bytes of a file, reads as text in some single-byte encoding. */
  static boolean looksLikeText(byte[] head) {
    if (head.length == 0) {
      return false;
    }
    int control = 0;
    int ascii = 0;
    for (byte b : head) {
      int c = b & 0xFF;
      if (c == 0) {
        return false;
      } else if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || (c >= 0x20 && c < 0x7F)) {
        ascii++;
      } else if (c < 0x20 || c == 0x7F) {
        control++;
      }
    }
    return control <= head.length * MAX_CONTROL_SHARE && ascii >= head.length * MIN_ASCII_SHARE;
  }
}
