/**
 * Reading uploaded files into text: media-type detection (Tika, from the content, never the name), one
 * {@link org.kehoach.ingest.DocumentReader} per family of formats, OCR of image-only pages, and per-document
 * limits. Tika and PDFBox are used here and nowhere else. Depends on {@code org.kehoach.model} and
 * {@code org.kehoach.text}.
 */
package org.kehoach.ingest;
