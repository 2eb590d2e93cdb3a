package org.kehoach.ingest;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kehoach.ingest.ocr.OcrEngine;
import org.kehoach.ingest.ocr.OcrException;

/** An OCR engine for tests: answers through a lambda and records every call. */
final class FakeOcr implements OcrEngine {
  interface Answer {
    String recognise(BufferedImage page, int dpi, Duration timeout) throws OcrException, InterruptedException;
  }

  /** One call: the image size and type, the dpi, the thread it ran on. */
  record Call(int width, int height, int imageType, int dpi, String thread) {}

  private final Answer answer;
  final List<Call> calls = new CopyOnWriteArrayList<>();

  FakeOcr(Answer answer) {
    this.answer = answer;
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public String unavailableReason() {
    return "";
  }

  @Override
  public String recognise(BufferedImage page, int dpi, Duration timeout)
      throws OcrException, InterruptedException {
    calls.add(new Call(page.getWidth(), page.getHeight(), page.getType(), dpi,
        Thread.currentThread().getName()));
    return answer.recognise(page, dpi, timeout);
  }
}
