package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the Icelandic eth (Ð U+00D0, ð U+00F0) by the Vietnamese d with stroke (Đ U+0110, đ U+0111).
 * OCR engines and some legacy fonts confuse the two capitals, which look identical; Vietnamese never uses
 * eth, so the swap is always safe here.
 */
public final class EthFilter implements TextFilter {
  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00D0') {
        edits.add(new Edit(i, i + 1, "\u0110"));
      } else if (c == '\u00F0') {
        edits.add(new Edit(i, i + 1, "\u0111"));
      }
    }
    return in.apply(edits);
  }
}
