/**
 * Optical character recognition of one page image at a time: the {@link org.kehoach.ingest.ocr.OcrEngine}
 * contract, {@link org.kehoach.ingest.ocr.TesseractOcr} (the external {@code tesseract} binary with
 * Vietnamese data) and {@link org.kehoach.ingest.ocr.NoOcr}. Knows nothing of PDFs, pages of a document or
 * limits: the caller renders the image and chooses the time budget. Depends on the JDK only; never on Tika,
 * PDFBox or the rest of {@code org.kehoach.ingest}.
 */
package org.kehoach.ingest.ocr;
