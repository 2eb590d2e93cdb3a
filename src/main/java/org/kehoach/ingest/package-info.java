/**
 * Reading uploaded files into raw text, page by page. {@link org.kehoach.ingest.Ingestor} is the entry
 * point: it checks the file, detects its media type from the content (Tika, never the name), picks the
 * {@link org.kehoach.ingest.DocumentReader} registered for that type (PDF, Office and markup, plain text),
 * and enforces the per-document {@link org.kehoach.ingest.Limits}. Image-only PDF pages go to an {@link
 * org.kehoach.ingest.ocr.OcrEngine}. Tika and PDFBox are used here and nowhere else. Depends on {@code
 * org.kehoach.model}, {@code org.kehoach.text} and {@code org.kehoach.util}; never on structure, extract,
 * index or pipeline.
 */
package org.kehoach.ingest;
