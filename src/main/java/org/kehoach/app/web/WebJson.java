package org.kehoach.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON for HTTP responses. Plans are untrusted, so {@code <}, {@code >}, {@code &}, {@code '} and the JavaScript
 * line separators are written as {@code \\uXXXX} escapes: a JSON body can then never be read as markup, even by
 * a client that sniffs it or pastes it into a page. The escapes are plain JSON; parsers read them back.
 */
public final class WebJson {
  private final ObjectMapper mapper;

  public WebJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public byte[] bytes(JsonNode node) {
    try {
      return mapper.writer().with(new HtmlSafeEscapes()).writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** Escapes the characters that matter to HTML and JavaScript parsers. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] table;

    HtmlSafeEscapes() {
      table = standardAsciiEscapesForJSON();
      table['<'] = ESCAPE_STANDARD;
      table['>'] = ESCAPE_STANDARD;
      table['&'] = ESCAPE_STANDARD;
      table['\''] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // U+2028 and U+2029 end a line in JavaScript sources; everything else non-ASCII stays as is
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }
}
