package org.kehoach.app.web;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns the file name a browser sent into a safe display and output name. The name is hostile input: it
 * may hold directories ("../../etc/passwd.pdf", "C:\\x\\y.doc"), control characters, or be very long. The
 * result is one path segment of letters (Vietnamese included), digits, spaces, {@code . _ - ( )} only, not
 * starting with a dot, at most {@link #MAX_LENGTH} characters with the extension kept. Uploaded bytes are
 * never stored under it (see {@link PlanStore}); it names the plan's output JSON, as the CLI names it.
 */
public final class FileNames {
  /** Longest name kept. */
  public static final int MAX_LENGTH = 100;
  /** The name of an upload that came without a usable one. */
  public static final String FALLBACK = "tai-lieu";

  /** Anything that is not a letter, mark, digit, space or one of . _ - ( ); e.g. "a/b:c" → "a_b_c". */
  private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{M}\\p{N} ._()\\-]");
  /** Runs of underscores and spaces the replacement leaves; e.g. "a__ _b" → "a_b". */
  private static final Pattern RUNS = Pattern.compile("[_ ]*_[_ ]*");
  /** Runs of dots, which would read as ".." to path checks; e.g. "a...b" → "a.b". */
  private static final Pattern DOTS = Pattern.compile("\\.{2,}");
  /** A short alphanumeric extension at the end; e.g. ".pdf" in "ke hoach.pdf". */
  private static final Pattern EXTENSION = Pattern.compile("\\.[\\p{Alnum}]{1,8}$");

  private FileNames() {}

  public static String sanitize(String raw) {
    if (raw == null) {
      return FALLBACK;
    }
    String name = raw;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = UNSAFE.matcher(name).replaceAll("_");
    name = RUNS.matcher(name).replaceAll("_");
    name = DOTS.matcher(name).replaceAll(".");
    name = stripLeading(name.strip());
    name = trimEnd(name);
    if (name.length() > MAX_LENGTH) {
      var m = EXTENSION.matcher(name);
      String ext = m.find() ? m.group() : "";
      int cut = MAX_LENGTH - ext.length();
      if (Character.isHighSurrogate(name.charAt(cut - 1))) {
        cut--; // never split a character outside the BMP
      }
      name = trimEnd(name.substring(0, cut)) + ext;
    }
    return name.isEmpty() || name.chars().noneMatch(Character::isLetterOrDigit) ? FALLBACK : name;
  }

  /** Dots, dashes and underscores at the start would make hidden files, options or "..". */
  private static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '-' || s.charAt(i) == '_' || s.charAt(i) == ' ')) {
      i++;
    }
    return s.substring(i);
  }

  /** Windows drops trailing dots and spaces; so do we, so a name means one file everywhere. */
  private static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    return s.substring(0, end);
  }
}
