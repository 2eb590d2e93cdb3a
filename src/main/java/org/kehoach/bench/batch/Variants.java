package org.kehoach.bench.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Other bytes for the same document: a copy of a sample with a sha256 of its own that reads exactly as the
 * sample does.
 */
final class Variants {
  /** The signature of a ZIP file's end-of-central-directory record, little-endian. */
  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  /** The size of that record without its comment; the comment's length is its last two bytes. */
  private static final int END_RECORD_SIZE = 22;

  private Variants() {}

  /** A PDF with a comment line after its end, as an incremental save leaves trailing bytes. */
  static byte[] pdfComment(byte[] pdf, String note) {
    return concat(pdf, ("\n% kehoach bench-batch: " + note + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A ZIP package (DOCX) with an archive comment: the end-of-central-directory record's comment length set and
   * the comment appended. Entries and offsets are untouched.
   *
   * @throws IllegalArgumentException when the package does not end with a comment-less end record
   */
  static byte[] zipComment(byte[] zip, String comment) {
    int end = zip.length - END_RECORD_SIZE;
    if (end < 0 || readInt(zip, end) != END_OF_CENTRAL_DIRECTORY || zip[zip.length - 1] != 0
        || zip[zip.length - 2] != 0) {
      throw new IllegalArgumentException("expected a ZIP package ending with an end record without comment");
    }
    byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
    byte[] b = concat(zip, text);
    b[end + 20] = (byte) text.length;
    b[end + 21] = (byte) (text.length >>> 8);
    return b;
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
  }

  private static byte[] concat(byte[] a, byte[] tail) {
    byte[] b = Arrays.copyOf(a, a.length + tail.length);
    System.arraycopy(tail, 0, b, a.length, tail.length);
    return b;
  }
}
