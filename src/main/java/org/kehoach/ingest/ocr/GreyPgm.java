package org.kehoach.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a page image as a binary grey-level PNM file (PGM, "P5"), the form handed to the OCR engine.
 *
 * <p>PGM rather than PNG because a page is written once and read once: deflating an A4 page at 300 dpi took
 * about 300 ms in Java's PNG writer (as long as rendering it), while PGM is a header and the raw pixels, and
 * Tesseract (through Leptonica) reads it without inflating. The pixels, hence the recognised text, are the
 * same.
 */
public final class GreyPgm {
  private GreyPgm() {}

  /** Writes {@code image} to {@code file} as 8-bit grey; a colour image is converted to grey first. */
  public static void write(BufferedImage image, Path file) throws IOException {
    Objects.requireNonNull(image, "image");
    BufferedImage grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image : toGrey(image);
    int width = grey.getWidth();
    int height = grey.getHeight();
    Raster raster = grey.getRaster();
    byte[] row = new byte[width];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
      for (int y = 0; y < height; y++) {
        // row by row: the raster may be a view into a larger buffer with its own stride and offset
        raster.getDataElements(0, y, width, 1, row);
        out.write(row);
      }
    }
  }

  private static BufferedImage toGrey(BufferedImage image) {
    BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return grey;
  }
}
