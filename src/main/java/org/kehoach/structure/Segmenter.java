package org.kehoach.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.kehoach.model.Closing;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Section;
import org.kehoach.model.Span;
import org.kehoach.model.StructureWarning;

/**
 * Cuts a plan's normalised text into zones — the coarse segmentation every field extractor starts from.
 *
 * <p><b>Input.</b> The normalised document text (NFC, as the ingest normaliser produces it; hard-wrapped lines
 * and table cells glued with tabs are tolerated). It is never changed.
 *
 * <p><b>Output.</b> A {@link PlanStructure}: boilerplate skipped before the header, the header block, the
 * issuing decision when the plan is its annex, the plan title, preamble paragraphs, top-level sections (kind,
 * number, heading, item tree) and the closing part (statement, recipients, signature, trailing annexes and
 * footnotes). Every span is a half-open range of offsets into the input, trimmed of surrounding whitespace;
 * sections are ordered and do not overlap, and every item lies inside its section. Zones that are absent are
 * {@code null} or empty; oddities (duplicated section numbers, no title …) are reported as warnings, never
 * thrown.
 *
 * <p><b>How.</b> Lines are split ({@link LineSplitter}) and classified one by one ({@link LineClassifier});
 * front matter, closing, headings, sections and item trees are then read by small state machines over the
 * classified lines. Word lists come from resource files (see {@link Vocabulary}).
 *
 * <p><b>Threads.</b> Immutable and stateless: one instance may serve any number of threads.
 */
public final class Segmenter {
  private final LineSplitter splitter = new LineSplitter();
  private final LineClassifier classifier;
  private final FrontMatterParser frontMatter;
  private final ClosingLocator closingLocator;
  private final ClosingParser closingParser;
  private final HeadingDetector headings;
  private final SectionBuilder sections;

  /** A segmenter with the word lists shipped with the project. */
  public Segmenter() {
    this(Vocabulary.standard());
  }

  Segmenter(Vocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    ItemMarkerParser markers = new ItemMarkerParser(vocabulary.itemLabels());
    this.classifier = new LineClassifier(vocabulary);
    this.closingParser = new ClosingParser();
    this.closingLocator = new ClosingLocator(markers);
    this.frontMatter =
        new FrontMatterParser(new TitleParser(markers), new DecisionParser(closingLocator, closingParser));
    this.headings = new HeadingDetector(vocabulary.sectionKinds());
    this.sections = new SectionBuilder(new ItemTreeParser(markers));
  }

  /** Segments text without page information: every span's page is {@code null}. */
  public PlanStructure segment(String text) {
    return segment(text, offset -> null);
  }

  /**
   * Segments text whose pages are known.
   *
   * @param text the normalised text
   * @param pageAt the 1-based page of the character at an offset (or {@code null}), e.g. {@code PagedText::pageAt}
   */
  public PlanStructure segment(String text, IntFunction<Integer> pageAt) {
    return run(text, pageAt).structure();
  }

  /** One line of the text with the kind segmentation gave it, for tests and diagnostics. */
  record LabelledLine(LineKind kind, String text) {}

  /** Every cell line of {@code text} with its final kind, blank lines left out. */
  List<LabelledLine> label(String text) {
    Run r = run(text, offset -> null);
    List<LabelledLine> out = new ArrayList<>();
    for (int i = 0; i < r.lines().size(); i++) {
      if (!r.lines().get(i).isBlank()) {
        out.add(new LabelledLine(r.kinds()[i], r.lines().get(i).text()));
      }
    }
    return out;
  }

  private record Run(PlanStructure structure, LineTable lines, LineKind[] kinds) {}

  private Run run(String text, IntFunction<Integer> pageAt) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pageAt, "pageAt");
    SpanFactory spans = new SpanFactory(text, pageAt);
    LineTable lines = splitter.split(text);
    LineKind[] kinds = classify(lines);
    List<StructureWarning> warnings = new ArrayList<>();
    FrontMatterParser.FrontMatter fm = frontMatter.parse(lines, kinds, spans, warnings);
    int closingLine = closingLocator.locate(lines, kinds, fm.bodyStart());
    List<Heading> found = headings.detect(lines, fm.bodyStart(), closingLine);
    int bodyEnd = closingLine < lines.size() ? lines.get(closingLine).start() : text.length();
    int firstSectionLine = found.isEmpty() ? closingLine : found.get(0).line();
    List<Span> preamble = preamble(lines, kinds, fm.bodyStart(), firstSectionLine, !found.isEmpty(), spans);
    List<Section> built = sections.build(lines, kinds, found, closingLine, bodyEnd, spans, warnings);
    if (built.isEmpty()) {
      warnings.add(new StructureWarning(StructureWarning.Code.NO_SECTIONS,
          "expected top-level section headings (I., II. …), found none", null));
    }
    Closing closing = closingLine < lines.size()
        ? closingParser.parse(lines, kinds, closingLine, lines.size(), spans) : null;
    if (closing == null && (fm.decision() == null || fm.title() != null)) {
      warnings.add(new StructureWarning(StructureWarning.Code.NO_CLOSING,
          "expected a closing statement, 'Nơi nhận:' or a signature after the last section, found none", null));
    }
    PlanStructure structure = new PlanStructure(fm.boilerplate(), fm.header(), fm.decision(), fm.title(), preamble,
        built, closing, warnings);
    return new Run(structure, lines, kinds);
  }

  private LineKind[] classify(LineTable lines) {
    LineKind[] kinds = new LineKind[lines.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = classifier.classify(lines.get(i));
    }
    return kinds;
  }

  private static Span paragraph(LineTable lines, LineKind[] kinds, int[] p, SpanFactory spans) {
    for (int i = p[0]; i <= p[1]; i++) {
      kinds[i] = lines.get(i).isBlank() ? kinds[i] : LineKind.PREAMBLE;
    }
    return spans.of(lines.get(p[0]), lines.get(p[1]));
  }

  /**
   * The paragraphs before the first section. Without sections only the leading run of preamble paragraphs
   * ("Căn cứ …", "Thực hiện …") and a closing "… như sau:" count, so body text is not passed off as preamble.
   */
  private static List<Span> preamble(LineTable lines, LineKind[] kinds, int from, int to, boolean hasSections,
      SpanFactory spans) {
    List<Span> out = new ArrayList<>();
    for (int[] p : lines.paragraphs(from, to)) {
      if (kinds[p[0]] == LineKind.SEPARATOR) {
        continue;
      }
      if (!hasSections && kinds[p[0]] != LineKind.PREAMBLE) {
        boolean intro = lines.get(p[1]).text().endsWith(":");
        if (intro && !out.isEmpty()) {
          out.add(paragraph(lines, kinds, p, spans));
        }
        break;
      }
      out.add(paragraph(lines, kinds, p, spans));
    }
    return out;
  }
}
