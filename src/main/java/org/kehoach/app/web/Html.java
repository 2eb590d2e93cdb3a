package org.kehoach.app.web;

import java.util.Objects;

/**
 * A small HTML writer in which text and attribute values are always escaped: pages are built from plans,
 * which are untrusted, so there is no way to insert a document's text unescaped. Markup comes only from
 * the tag and attribute names the code itself passes, which must be plain lower-case names.
 */
final class Html {
  private final StringBuilder sb = new StringBuilder(8192);

  /** Escapes text for element content and quoted attribute values. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        // the HTML parser turns CR and CRLF into LF, which would shift every span offset after it
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Opens an element; {@code attrs} are name/value pairs, a {@code null} value skips the attribute. */
  Html open(String tag, String... attrs) {
    sb.append('<').append(name(tag));
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attrs must be name/value pairs, got " + attrs.length + " strings");
    }
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        sb.append(' ').append(name(attrs[i])).append("=\"").append(escape(attrs[i + 1])).append('"');
      }
    }
    sb.append('>');
    return this;
  }

  Html close(String tag) {
    sb.append("</").append(name(tag)).append('>');
    return this;
  }

  /** An element holding only text. */
  Html element(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  Html text(String text) {
    sb.append(escape(text));
    return this;
  }

  /** A line break in the source, for readable output. */
  Html newline() {
    sb.append('\n');
    return this;
  }

  /** The document type; the only markup not built from an element. */
  Html doctype() {
    sb.append("<!DOCTYPE html>\n");
    return this;
  }

  private static String name(String n) {
    Objects.requireNonNull(n, "name");
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        throw new IllegalArgumentException("not a plain tag or attribute name: " + n);
      }
    }
    if (n.isEmpty()) {
      throw new IllegalArgumentException("empty tag or attribute name");
    }
    return n;
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
