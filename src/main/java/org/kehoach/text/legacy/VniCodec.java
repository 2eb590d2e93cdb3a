package org.kehoach.text.legacy;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.Nfc;
import org.kehoach.text.VietnameseLetters;

/**
 * VNI-Windows: an ASCII base letter followed by one mark byte (tone, circumflex+tone or breve+tone), with a
 * few letters in a single byte (đ ơ ư and i/ỵ with tones); table in {@code vni.txt}. Capital forms use the
 * Latin-1 capital of the same glyph, 0x20 lower. A mark byte is taken in either case, since the base letter
 * decides the case of the result.
 */
final class VniCodec implements LegacyCodec {
  private static final int TONE = 1;
  private static final int CIRCUMFLEX = 2;
  private static final int BREVE = 3;
  private static final int CASE_OFFSET = 0x20;
  private static final String[] TONE_NAMES = {"level", "grave", "hook", "tilde", "acute", "dot"};

  /** Byte → single-byte letter, or 0. */
  private final char[] letter = new char[0x100];
  /** Byte → mark kind (TONE, CIRCUMFLEX, BREVE) * 8 + tone, or 0. */
  private final int[] mark = new int[0x100];
  /** Letter → byte, for encoding. */
  private final int[] letterByte = new int[0x1F00];
  /** Mark kind * 8 + tone → lower-case byte, for encoding. */
  private final int[] markByte = new int[4 * 8];

  VniCodec() {
    for (CodecTable.Entry e : CodecTable.load("vni.txt").entries()) {
      int b = e.code();
      String role = e.fields().get(0);
      String value = e.fields().get(1);
      if (role.equals("letter")) {
        char lower = value.charAt(0);
        char upper = Character.toUpperCase(lower);
        letter[b] = lower;
        letter[b - CASE_OFFSET] = upper;
        letterByte[lower] = b;
        letterByte[upper] = b - CASE_OFFSET;
      } else {
        int kind = switch (role) {
          case "tone" -> TONE;
          case "circumflex" -> CIRCUMFLEX;
          case "breve" -> BREVE;
          default -> throw new IllegalStateException("vni.txt: unknown role '" + role + "' for byte " + b);
        };
        int code = kind * 8 + toneNamed(value);
        mark[b] = code;
        mark[b - CASE_OFFSET] = code;
        markByte[code] = b;
      }
    }
  }

  private static int toneNamed(String name) {
    for (int t = 0; t < TONE_NAMES.length; t++) {
      if (TONE_NAMES[t].equals(name)) {
        return t;
      }
    }
    throw new IllegalStateException("vni.txt: unknown tone '" + name + "'");
  }

  @Override
  public LegacyEncoding encoding() {
    return LegacyEncoding.VNI;
  }

  @Override
  public String decode(CharSequence byteChars) {
    int n = byteChars.length();
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = byteChars.charAt(i);
      int b = ByteView.toByte(c);
      char base = b >= 0x80 && letter[b] != 0 ? letter[b] : c;
      if (i + 1 < n) {
        int next = ByteView.toByte(byteChars.charAt(i + 1));
        char combined = next >= 0x80 ? combine(base, mark[next]) : 0;
        if (combined != 0) {
          sb.append(combined);
          i++;
          continue;
        }
      }
      sb.append(base);
    }
    return Nfc.normalize(sb.toString());
  }

  /** The letter {@code base} followed by the mark {@code code} spells, or 0 when they do not combine. */
  private static char combine(char base, int code) {
    if (code == 0 || !VietnameseLetters.isVowel(base) || VietnameseLetters.tone(base) != VietnameseLetters.LEVEL) {
      return 0;
    }
    int kind = code / 8;
    int tone = code % 8;
    char lower = Character.toLowerCase(base);
    char marked;
    if (kind == TONE) {
      if (VietnameseLetters.hasVowelMark(base) && lower != 'ơ' && lower != 'ư') {
        return 0;
      }
      marked = base;
    } else if (kind == CIRCUMFLEX && (lower == 'a' || lower == 'e' || lower == 'o')) {
      marked = lower == 'a' ? 'â' : lower == 'e' ? 'ê' : 'ô';
    } else if (kind == BREVE && lower == 'a') {
      marked = 'ă';
    } else {
      return 0;
    }
    if (Character.isUpperCase(base)) {
      marked = Character.toUpperCase(marked);
    }
    return VietnameseLetters.withTone(marked, tone);
  }

  @Override
  public byte[] encode(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + s.length() / 2);
    for (int i = 0; i < s.length(); i++) {
      encodeChar(s.charAt(i), out);
    }
    return out.toByteArray();
  }

  private void encodeChar(char c, ByteArrayOutputStream out) {
    if (c < 0x80) {
      out.write(c);
      return;
    }
    if (c < letterByte.length && letterByte[c] != 0) {
      out.write(letterByte[c]);
      return;
    }
    if (!VietnameseLetters.isVowel(c)) {
      out.write('?');
      return;
    }
    char base = VietnameseLetters.base(c);
    int tone = VietnameseLetters.tone(c);
    boolean upper = Character.isUpperCase(base);
    int offset = upper ? CASE_OFFSET : 0;
    switch (Character.toLowerCase(base)) {
      case 'â', 'ê', 'ô' -> {
        out.write(asciiOf(base));
        out.write(markByte[CIRCUMFLEX * 8 + tone] - offset);
      }
      case 'ă' -> {
        out.write(upper ? 'A' : 'a');
        out.write(markByte[BREVE * 8 + tone] - offset);
      }
      case 'ơ', 'ư' -> {
        out.write(letterByte[base]);
        if (tone != VietnameseLetters.LEVEL) {
          out.write(markByte[TONE * 8 + tone] - offset);
        }
      }
      default -> {
        out.write(base);
        if (tone != VietnameseLetters.LEVEL) {
          out.write(markByte[TONE * 8 + tone] - offset);
        }
      }
    }
  }

  private static char asciiOf(char markedVowel) {
    return switch (markedVowel) {
      case 'â' -> 'a';
      case 'ê' -> 'e';
      case 'ô' -> 'o';
      case 'Â' -> 'A';
      case 'Ê' -> 'E';
      default -> 'O';
    };
  }
}
