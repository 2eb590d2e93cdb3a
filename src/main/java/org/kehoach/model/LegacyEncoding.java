package org.kehoach.model;

/**
 * Pre-Unicode Vietnamese 8-bit encodings that input may be written in; recorded in the output's
 * {@code source.encoding}.
 */
public enum LegacyEncoding {
  /** TCVN 5712:1993 VN3 ("ABC"), used with the .VnTime fonts; capitals with tone marks come from a separate font. */
  TCVN3,
  /** VNI-Windows: an ASCII base letter followed by separate mark bytes in 0xC0–0xFF. */
  VNI
}
