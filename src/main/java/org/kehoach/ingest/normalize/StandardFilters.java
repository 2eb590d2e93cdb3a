package org.kehoach.ingest.normalize;

import java.util.List;

/**
 * The standard normalisation chain, in this fixed order (legacy TCVN3/VNI decoding runs before it, in
 * {@link Normalizer}):
 *
 * <ol>
 *   <li>{@link NfcFilter}, {@link EthFilter}: characters first, so every later pattern sees composed
 *       Vietnamese letters and "Đ", whatever the reader or OCR produced.
 *   <li>{@link MarkdownEmphasisFilter}, {@link LatexMathFilter}, {@link ReplacementCharFilter}: converter
 *       residue, removed before spacing is normalised because removal can leave double spaces.
 *   <li>{@link WhitespaceFilter}: line breaks, odd spaces, trimmed lines; the layout filters below compare
 *       lines by content and rely on this. {@link ItemMarkerSpacingFilter} then separates item numbers
 *       glued to their titles ("I.MỤC TIÊU"), so the block patterns below see them;
 *       {@link StrayAccentFilter} and {@link OcrRomanNumeralFilter} undo two OCR habits (lone accents read
 *       from specks, "HI." for "III.").
 *   <li>{@link PageNumberFilter}, {@link RunningHeaderFilter}: page furniture, while page tops and bottoms
 *       are still where the reader put them.
 *   <li>{@link ScanNoiseFilter}: stamp fragments, before they can be mistaken for paragraph or header lines.
 *   <li>{@link HeaderBlockFilter}, {@link SignatureBlockFilter}: reading order of the two-column header and
 *       signature, before lines are joined (they work on whole lines).
 *   <li>{@link DocxFootnoteFilter}, {@link PageFootnoteFilter}: markers removed, notes moved to the end;
 *       after page furniture is gone (the note is then the page's last lines) and after the signature
 *       block is settled (a note after the signer's name is not taken into the block).
 *   <li>{@link LineJoinFilter}: hard wraps and hyphenated breaks, once everything that interrupted a
 *       paragraph (page numbers, notes, noise) is gone.
 *   <li>{@link BlankLineFilter}: one blank line at most between paragraphs, none at the ends.
 * </ol>
 *
 * Footnotes end up at the end of the text, one paragraph each, without their numbers: they are kept for
 * search but never split a sentence, and no marker is left to glue to a number.
 */
final class StandardFilters {
  private StandardFilters() {}

  static List<TextFilter> chain() {
    return List.of(
        new NfcFilter(),
        new EthFilter(),
        new MarkdownEmphasisFilter(),
        new LatexMathFilter(),
        new ReplacementCharFilter(),
        new WhitespaceFilter(),
        new ItemMarkerSpacingFilter(),
        new StrayAccentFilter(),
        new OcrRomanNumeralFilter(),
        new PageNumberFilter(),
        new RunningHeaderFilter(),
        new ScanNoiseFilter(),
        new HeaderBlockFilter(),
        new SignatureBlockFilter(),
        new DocxFootnoteFilter(),
        new PageFootnoteFilter(),
        new LineJoinFilter(),
        new BlankLineFilter());
  }
}
