package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kehoach.ingest.RawDocument;
import org.kehoach.ingest.RawPage;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.legacy.LegacyDecoder;

/**
 * Turns a reader's raw pages into the normalised text: first legacy-font decoding (text extracted from
 * documents set in TCVN3 or VNI fonts arrives as Latin-1 mojibake; skipped when the reader already decoded
 * or checked it, {@link RawDocument#legacyChecked()}), then the filter chain in its fixed order. Thread-safe; holds no state besides its immutable filter list.
 */
public final class Normalizer {
  private final List<TextFilter> filters;

  public Normalizer(List<TextFilter> filters) {
    this.filters = List.copyOf(filters);
  }

  /** The project's standard chain; see {@link StandardFilters} for the order and why. */
  public static Normalizer standard() {
    return new Normalizer(StandardFilters.chain());
  }

  public NormalizedText normalize(RawDocument raw) {
    List<String> pages = new ArrayList<>(raw.pages().size());
    for (RawPage p : raw.pages()) {
      pages.add(p.text());
    }
    LegacyEncoding encoding = raw.encoding();
    if (encoding == null && !raw.legacyChecked()) {
      Optional<LegacyEncoding> found = LegacyDecoder.detect(String.join("\n", pages));
      if (found.isPresent()) {
        encoding = found.get();
        pages.replaceAll(new LegacyConverter(found.get())::convert);
      }
    }
    PagedText text = raw.paged() ? PagedText.ofPages(pages) : PagedText.unpaged(pages.get(0));
    return new NormalizedText(normalize(text), encoding);
  }

  /** Runs the filter chain alone, on text that is already Unicode. */
  public PagedText normalize(PagedText text) {
    PagedText t = text;
    for (TextFilter f : filters) {
      t = f.apply(t);
    }
    return t;
  }

  private record LegacyConverter(LegacyEncoding encoding) {
    String convert(String s) {
      return LegacyDecoder.convert(s, encoding);
    }
  }
}
