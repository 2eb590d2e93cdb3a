package org.kehoach.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kehoach.extract.consistency.WarningCode;
import org.kehoach.extract.value.VietDates;
import org.kehoach.gazetteer.AdminUnit;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.Closing;
import org.kehoach.model.DecisionPart;
import org.kehoach.model.HeaderBlock;
import org.kehoach.model.PageLocator;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Signer;
import org.kehoach.model.Span;
import org.kehoach.model.Warning;

/**
 * Reads a plan's metadata from the zones the segmenter found.
 *
 * <ul>
 *   <li><b>Number</b> and <b>issue date</b> from the header ("Số: 43 /KH-UBND" → "43/KH-UBND"; a blank
 *       number is {@code null}; "ngày     tháng 02 năm 2020" → "2020-02"; a date that does not exist is
 *       {@code null} with an {@link WarningCode#INVALID_DATE} warning), else from an annex note under the
 *       title ("(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 02/02/2024 …)").
 *   <li><b>Title</b> on one line; a plan issued by a decision takes the annexed plan's title.
 *   <li><b>Issuer</b> from the header's issuer lines (the last body; bodies above it place it), else from the
 *       subject of the preamble sentence that builds the plan, else from a unit the title names; its level
 *       and the plan's province and district through the gazetteer.
 *   <li><b>Plan year</b> or <b>period</b> from the title, else from the sentence building the plan or the
 *       closing statement — never from the issue date.
 *   <li><b>Signer</b> and <b>recipients</b> from the closing part; for a plan issued by a decision, the
 *       decision's number, date, issuer, signer and recipients are the document's.
 * </ul>
 *
 * Immutable and thread-safe: one instance may serve any number of threads.
 */
public final class MetadataExtractor {
  private final BodyParser bodies;
  private final IssuerResolver resolver;
  private final PlaceMentions mentions;
  private final SignerReader signers;

  public MetadataExtractor(Gazetteers gazetteers) {
    Objects.requireNonNull(gazetteers, "gazetteers");
    BodyLexicon lexicon = new BodyLexicon(gazetteers.tokenizer());
    this.bodies = new BodyParser(lexicon);
    this.resolver = new IssuerResolver(gazetteers.admin(), gazetteers::communes);
    this.mentions = new PlaceMentions(gazetteers.admin());
    this.signers = new SignerReader(gazetteers.tokenizer());
  }

  /**
   * The metadata of one plan.
   *
   * @param text the normalised text the structure's spans index into
   * @param structure its segmentation
   * @param pages the page of each offset, for spans
   */
  public MetadataResult extract(String text, PlanStructure structure, PageLocator pages) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(pages, "pages");
    List<HeaderBlock> headers = headers(structure);
    Titles.Title title = Titles.read(text, structure);
    DocumentNumbers.Found number = number(text, headers, structure);
    PlaceDate placeDate = placeDate(text, headers, structure);
    List<Warning> warnings = new ArrayList<>();
    Span issuedSpan = placeDate == null ? null : pages.span(placeDate.start(), placeDate.end());
    String issued = null;
    if (placeDate != null && placeDate.date().valid()) {
      issued = placeDate.date().iso();
    } else if (placeDate != null) {
      warnings.add(new Warning(WarningCode.INVALID_DATE.name(), "expected an issue date that exists, found '"
          + placeDate.dateText() + "'; the issue date is left empty", issuedSpan));
    }

    Issuer found = issuer(text, structure, headers, title);
    String place = placeDate == null ? null : placeDate.place();
    PlaceContext ctx = new PlaceContext(place, resolver.placeUnits(place),
        title == null ? List.of() : mentions.find(text, title.span().start(), title.span().end()),
        preambleMentions(text, structure), new ProvinceVotes(mentions, text));
    IssuerResolver.Resolution r = resolver.resolve(found.chain(), found.named(), ctx);
    PlanTime time = planTime(text, structure, title);
    PlanDocument document = new PlanDocument(number == null ? null : number.number(),
        title == null ? null : title.text(), r.issuer(), r.location(), place, issued,
        placeDate == null ? null : placeDate.dateText(), time.year(), time.period());

    // A decision that issues the plan signs and distributes it; the annexed plan rarely repeats either.
    Closing decisionClosing = structure.decision() == null ? null : structure.decision().closing();
    Signer signer = signers.signer(text, decisionClosing, pages);
    if (signer == null) {
      signer = signers.signer(text, structure.closing(), pages);
    }
    List<String> recipients = SignerReader.recipients(text, decisionClosing);
    if (recipients.isEmpty()) {
      recipients = SignerReader.recipients(text, structure.closing());
    }
    MetadataResult.Spans spans = new MetadataResult.Spans(
        number == null ? null : pages.span(number.start(), number.end()),
        title == null ? null : title.span(), found.span(pages), issuedSpan);
    return new MetadataResult(document, signer, recipients, spans, warnings);
  }

  /** The header of the document (the decision's, when a decision issues the plan), then the annex's own. */
  private static List<HeaderBlock> headers(PlanStructure s) {
    List<HeaderBlock> out = new ArrayList<>();
    if (s.header() != null) {
      out.add(s.header());
    }
    if (s.decision() != null && s.decision().annexHeader() != null) {
      out.add(s.decision().annexHeader());
    }
    return out;
  }

  /**
   * The number of the header's "Số" line (a blank one reads as a number of {@code null}); without such a
   * line, a "Số" line before the title, else the decision an annex note names.
   */
  private static DocumentNumbers.Found number(String text, List<HeaderBlock> headers, PlanStructure s) {
    for (HeaderBlock h : headers) {
      if (h.number() != null) {
        DocumentNumbers.Found f = DocumentNumbers.afterLabel(text, h.number().start(), h.number().end());
        if (f != null) {
          return f;
        }
      }
    }
    if (headers.stream().anyMatch(h -> h.number() != null)) {
      return null;
    }
    DocumentNumbers.Found f = FrontLines.number(text, 0, frontEnd(s, text.length()));
    Span note = s.title() == null ? null : s.title().note();
    return f != null || note == null ? f : DocumentNumbers.afterLabel(text, note.start(), note.end());
  }

  /**
   * The header's place-date line, else a place-date line before the title, between the title and the first
   * section, or in the closing part, else the date of the decision an annex note names.
   */
  private static PlaceDate placeDate(String text, List<HeaderBlock> headers, PlanStructure s) {
    for (HeaderBlock h : headers) {
      if (h.placeDate() != null) {
        PlaceDate pd = PlaceDates.read(text, h.placeDate().start(), h.placeDate().end());
        if (pd != null) {
          return pd;
        }
      }
    }
    int front = frontEnd(s, text.length());
    PlaceDate pd = PlaceDates.find(text, 0, front);
    if (pd == null && s.title() != null) {
      int from = s.title().title() == null ? s.title().typeWord().end() : s.title().title().end();
      int to = s.sections().isEmpty() ? text.length() : s.sections().get(0).span().start();
      pd = PlaceDates.find(text, Math.min(from, to), to); // a web copy may put the date line under the title
    }
    if (pd == null && s.closing() != null) {
      pd = PlaceDates.find(text, s.closing().span().start(), s.closing().span().end());
    }
    Span note = s.title() == null ? null : s.title().note();
    return pd != null || note == null ? pd : noteDate(text, note);
  }

  /** Where the front matter ends: the first type word ("QUYẾT ĐỊNH", "KẾ HOẠCH"), else the first section. */
  private static int frontEnd(PlanStructure s, int textLength) {
    if (s.decision() != null) {
      return s.decision().span().start();
    }
    if (s.title() != null) {
      return s.title().typeWord().start();
    }
    return s.sections().isEmpty() ? Math.min(textLength, 2000) : s.sections().get(0).span().start();
  }

  /** The date of the decision an annex note names: "(Ban hành kèm theo Quyết định số … ngày 02/02/2024 …)". */
  private static PlaceDate noteDate(String text, Span note) {
    for (VietDates.Found f : VietDates.find(text, note.start(), note.end())) {
      if (f.hasYear()) {
        return new PlaceDate(null, f.date(), text.substring(f.start(), f.end()), f.start(),
            f.end());
      }
    }
    return null;
  }

  /** The body found to be the issuer, and how. */
  private record Issuer(List<BodyPhrase> chain, boolean named) {
    Span span(PageLocator pages) {
      if (chain.isEmpty()) {
        return null;
      }
      BodyPhrase b = chain.get(chain.size() - 1);
      return pages.span(b.start(), b.end());
    }
  }

  private Issuer issuer(String text, PlanStructure s, List<HeaderBlock> headers, Titles.Title title) {
    for (HeaderBlock h : headers) {
      List<BodyPhrase> chain = bodies.headerBodies(text, h.issuer());
      if (!chain.isEmpty()) {
        return new Issuer(chain, true);
      }
    }
    List<BodyPhrase> front = bodies.headerBodies(text, FrontLines.capitalLines(text, 0, frontEnd(s, text.length())));
    if (!front.isEmpty()) {
      return new Issuer(front, true);
    }
    List<Span> preamble = s.preamble();
    if (!preamble.isEmpty()) {
      BodyPhrase p = bodies.subject(text, preamble.get(0).start(), preamble.get(preamble.size() - 1).end());
      if (p != null) {
        return new Issuer(List.of(p), true);
      }
    }
    Span statement = s.closing() == null ? null : s.closing().statement();
    if (statement != null) {
      BodyPhrase p = bodies.subject(text, statement.start(), statement.end());
      if (p != null) {
        return new Issuer(List.of(p), true);
      }
    }
    if (title != null) {
      BodyPhrase p = bodies.lastUnit(text, title.span().start(), title.span().end());
      if (p != null) {
        return new Issuer(List.of(p), false);
      }
    }
    return new Issuer(List.of(), false);
  }

  private List<List<AdminUnit>> preambleMentions(String text, PlanStructure s) {
    List<Span> preamble = s.preamble();
    if (preamble.isEmpty()) {
      return List.of();
    }
    return mentions.find(text, preamble.get(0).start(), preamble.get(preamble.size() - 1).end());
  }

  private static PlanTime planTime(String text, PlanStructure s, Titles.Title title) {
    PlanTime t = title == null ? PlanTime.NONE : PlanYears.fromPhrase(title.text());
    if (t.isEmpty()) {
      t = PlanYears.fromBody(text, s.preamble(), s.closing() == null ? null : s.closing().statement());
    }
    DecisionPart d = s.decision();
    if (t.isEmpty() && d != null && d.title().title() != null) {
      Span dt = d.title().title();
      t = PlanYears.fromPhrase(text.substring(dt.start(), dt.end()));
    }
    return t;
  }
}
