package org.kehoach.ingest.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;

/**
 * Recognises the text of one page image. Implementations are final and thread-safe: several pages of one
 * document, and pages of several documents, are recognised at the same time on different threads.
 *
 * <p>The text is returned as the engine produced it (UTF-8 decoded, not normalised): OCR confusions such
 * as {@code Ð} (U+00D0) for {@code Đ} are left for the normalisation stage.
 */
public interface OcrEngine {
  /** True when {@link #recognise} can be called; decided once, when the engine is built. */
  boolean available();

  /**
   * Why the engine cannot recognise text and how to fix it, in one sentence for the user; an empty string
   * when {@link #available()}.
   */
  String unavailableReason();

  /**
   * Recognises one page.
   *
   * @param page the rendered page, preferably greyscale; not modified
   * @param dpi the resolution {@code page} was rendered at (helps the engine size its glyphs)
   * @param timeout wall time allowed for this page; the engine stops its work (kills its process) once
   *     it has passed
   * @return the recognised text, possibly empty for a blank page; never {@code null}
   * @throws OcrException if the engine is unavailable, fails, or runs out of time ({@link
   *     OcrException#timedOut()})
   * @throws InterruptedException if the calling thread is interrupted; the engine's work is stopped first
   */
  String recognise(BufferedImage page, int dpi, Duration timeout)
      throws OcrException, InterruptedException;
}
