package org.kehoach.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.kehoach.ingest.ocr.OcrEngine;
import org.kehoach.model.SourceFormat;
import org.xml.sax.SAXException;

/**
 * Reads a PDF page by page; pages without a usable text layer ({@link UsableText}) are rendered and
 * recognised by OCR, and only those.
 *
 * <p>The document is loaded once, with PDFBox: that tells an encrypted file from a damaged one and gives
 * the page count before any text is extracted; the text layer of that same open document is then
 * extracted as Tika's PDF parser would ({@link PdfTextLayer}: Tika's layout settings, one page at a time,
 * link and comment text, a damaged page read past and then reported as {@link FailureReason#CORRUPT}),
 * and image pages are rendered from it for OCR. OCR is ours, per page, in parallel and under the
 * document's time limit.
 *
 * <p>A PDF most of whose pages lack text while OCR is unavailable fails with {@link
 * FailureReason#OCR_UNAVAILABLE} (never returns empty text); when only a minority of pages lack text
 * they are kept as they are and a warning names them.
 */
public final class PdfReader implements DocumentReader, AutoCloseable {
  public static final String MEDIA_TYPE = "application/pdf";

  private final Limits limits;
  private final OcrEngine ocr;
  private final PageOcr pageOcr;

  public PdfReader(Limits limits, OcrEngine ocr) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.ocr = Objects.requireNonNull(ocr, "ocr");
    this.pageOcr = new PageOcr(ocr, limits.ocrDpi(), limits.ocrThreads());
  }

  @Override
  public Set<String> supportedTypes() {
    return Set.of(MEDIA_TYPE);
  }

  @Override
  public RawDocument read(ReaderSource source, String mediaType) throws PlanProcessingException {
    Path file = source.file();
    Instant deadline = Instant.now().plus(limits.timeout());
    try (PDDocument doc = open(file)) {
      int count = doc.getNumberOfPages();
      if (count == 0) {
        throw new PlanProcessingException(FailureReason.CORRUPT, "the PDF has no pages");
      }
      if (count > limits.maxPages()) {
        throw new PlanProcessingException(FailureReason.TOO_LARGE,
            "the PDF has " + count + " pages, more than the limit of " + limits.maxPages());
      }
      List<String> warnings = new ArrayList<>();
      List<String> layer = textLayer(doc, count, warnings);
      Map<Integer, String> recognised = recogniseLacking(doc, layer, deadline, warnings);
      List<RawPage> pages = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String text = recognised.get(i);
        boolean usedOcr = text != null && UsableText.hasWords(text);
        pages.add(new RawPage(i + 1, usedOcr ? text : layer.get(i), usedOcr));
      }
      return new RawDocument(SourceFormat.PDF, mediaType, pages, true, null, warnings);
    } catch (IOException e) {
      throw new PlanProcessingException(FailureReason.IO_ERROR,
          "the PDF could not be read from disk: " + ParseFailures.rootMessage(e), e);
    }
  }

  /**
   * OCR of the pages whose text layer is not usable, by 0-based index; or, when OCR is unavailable, a
   * warning (a few such pages) or {@link FailureReason#OCR_UNAVAILABLE} (most pages).
   */
  private Map<Integer, String> recogniseLacking(
      PDDocument doc, List<String> layer, Instant deadline, List<String> warnings)
      throws PlanProcessingException {
    List<Integer> lacking = new ArrayList<>();
    for (int i = 0; i < layer.size(); i++) {
      if (!UsableText.isUsablePage(layer.get(i))) {
        lacking.add(i);
      }
    }
    if (lacking.isEmpty()) {
      return Map.of();
    }
    if (ocr.available()) {
      return pageOcr.recognise(doc, lacking, deadline);
    }
    String found = describe(lacking, layer.size()) + " no text layer";
    if (lacking.size() * 2 > layer.size()) {
      throw new PlanProcessingException(FailureReason.OCR_UNAVAILABLE,
          found + " (an image-only scan) and OCR is unavailable: " + ocr.unavailableReason());
    }
    warnings.add(found + "; left without text because OCR is unavailable: " + ocr.unavailableReason());
    return Map.of();
  }

  private static PDDocument open(Path file) throws PlanProcessingException {
    try {
      PDDocument doc = Loader.loadPDF(file.toFile());
      doc.setResourceCache(new FontKeepingCache());
      return doc;
    } catch (InvalidPasswordException e) {
      throw new PlanProcessingException(FailureReason.ENCRYPTED,
          "the PDF is password-protected: a password is needed to open it", e);
    } catch (IOException | RuntimeException e) {
      throw ParseFailures.classify("PDF", e, Integer.MAX_VALUE);
    }
  }

  /** The text layer of every page, in order; exactly {@code count} entries. */
  private List<String> textLayer(PDDocument doc, int count, List<String> warnings)
      throws PlanProcessingException {
    PageCollector collector = new PageCollector(limits.maxChars());
    try {
      new PdfTextLayer(collector).extract(doc);
    } catch (IOException | SAXException | RuntimeException e) {
      throw ParseFailures.classify("PDF", e, limits.maxChars());
    }
    List<String> pages = new ArrayList<>(collector.pages());
    if (pages.size() != count) {
      warnings.add("the PDF parser returned " + pages.size() + " pages of text for " + count + " pages");
    }
    while (pages.size() < count) {
      pages.add("");
    }
    return List.copyOf(pages.subList(0, count));
  }

  private static String describe(List<Integer> lacking, int count) {
    if (lacking.size() == count) {
      return count == 1 ? "the only page has" : "all " + count + " pages have";
    }
    StringBuilder sb = new StringBuilder(lacking.size() == 1 ? "page " : "pages ");
    for (int i = 0; i < lacking.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(lacking.get(i) + 1);
    }
    return sb.append(" of ").append(count).append(lacking.size() == 1 ? " has" : " have").toString();
  }

  @Override
  public void close() {
    pageOcr.close();
  }
}
