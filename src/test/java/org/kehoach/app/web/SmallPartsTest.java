package org.kehoach.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kehoach.index.report.Sheet;
import org.kehoach.ingest.FailureReason;

/** The small pieces: status mapping, messages, escaping, CSV. */
class SmallPartsTest {
  @Test
  void everyPipelineFailureHasACodeOfTheSameNameAndAnErrorStatus() {
    for (FailureReason r : FailureReason.values()) {
      assertEquals(r.name(), ErrorCode.of(r).name());
      int status = HttpStatuses.of(r);
      assertTrue(status >= 400 && status < 600, r + " -> " + status);
    }
    assertEquals(415, HttpStatuses.of(FailureReason.UNSUPPORTED));
    assertEquals(413, HttpStatuses.of(FailureReason.TOO_LARGE));
    assertEquals(422, HttpStatuses.of(FailureReason.CORRUPT));
    assertEquals(504, HttpStatuses.of(FailureReason.TIMEOUT));
    assertEquals(401, HttpStatuses.of(ErrorCode.UNAUTHORIZED));
    assertEquals(ErrorCode.NOT_FOUND, HttpStatuses.codeOf(404));
  }

  @Test
  void everyCodeHasAVietnameseMessage() {
    ErrorMessages m = ErrorMessages.vietnamese();
    for (ErrorCode c : ErrorCode.values()) {
      assertFalse(m.of(c).isBlank(), c.name());
    }
  }

  @Test
  void htmlEscapesMarkupQuotesAndCarriageReturns() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;&#13;\n",
        Html.escape("<script>alert(\"x\")</script> & 'y'\r\n"));
    String page = new Html().open("a", "href", "\"><img src=x>", "title", null).text("<b>").close("a").toString();
    assertEquals("<a href=\"&quot;&gt;&lt;img src=x&gt;\">&lt;b&gt;</a>", page);
    assertThrows(IllegalArgumentException.class, () -> new Html().open("a onclick=x"));
  }

  @Test
  void csvDownloadStartsWithAByteOrderMarkThenTheSheet() throws Exception {
    Sheet t = new Sheet("t", List.of("a", "b", "c"), List.of(
        Arrays.asList("=HYPERLINK(\"http://x\")", 99.5, null),
        Arrays.asList("x, \"y\"", 1_250_000_000L, "-2+3")));
    String csv = new String(new TableFiles().csv(t), StandardCharsets.UTF_8);
    assertEquals("\uFEFFa,b,c\r\n\"'=HYPERLINK(\"\"http://x\"\")\",99.5,\r\n\"x, \"\"y\"\"\",1250000000,'-2+3\r\n", csv);
  }

}
