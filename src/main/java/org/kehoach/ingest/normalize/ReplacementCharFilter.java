package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Deletes U+FFFD REPLACEMENT CHARACTER. Converters emit it for glyphs they could not map (lost bullets,
 * symbol-font characters) and POI prefixes Word footnote texts with it; it never carries meaning. Runs after
 * legacy decoding, whose detection may still need the raw bytes it stands for.
 */
public final class ReplacementCharFilter implements TextFilter {
  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    List<Edit> edits = new ArrayList<>();
    for (int i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) {
      edits.add(Edit.delete(i, i + 1));
    }
    return in.apply(edits);
  }
}
