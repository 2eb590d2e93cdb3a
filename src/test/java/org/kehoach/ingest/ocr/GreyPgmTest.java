package org.kehoach.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreyPgmTest {
  @TempDir Path dir;

  @Test
  void writesHeaderThenEveryPixelRowByRow() throws Exception {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
    int[] values = {0, 17, 255, 128, 64, 9};
    image.getRaster().setPixels(0, 0, 3, 2, values);
    Path file = dir.resolve("p.pgm");

    GreyPgm.write(image, file);

    byte[] bytes = Files.readAllBytes(file);
    byte[] header = "P5\n3 2\n255\n".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(header, Arrays.copyOf(bytes, header.length));
    byte[] pixels = Arrays.copyOfRange(bytes, header.length, bytes.length);
    assertArrayEquals(new byte[] {0, 17, (byte) 255, (byte) 128, 64, 9}, pixels);
  }

  @Test
  void aSubimageWritesOnlyItsOwnPixels() throws Exception {
    BufferedImage big = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        big.getRaster().setSample(x, y, 0, 10 * y + x);
      }
    }
    Path file = dir.resolve("sub.pgm");

    GreyPgm.write(big.getSubimage(1, 2, 2, 2), file);

    byte[] bytes = Files.readAllBytes(file);
    byte[] pixels = Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length);
    assertArrayEquals(new byte[] {21, 22, 31, 32}, pixels);
    assertEquals("P5\n2 2\n255\n".length() + 4, bytes.length);
  }

  @Test
  void aColourImageIsWrittenAsGrey() throws Exception {
    BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
    rgb.setRGB(0, 0, Color.WHITE.getRGB());
    rgb.setRGB(1, 0, Color.BLACK.getRGB());
    Path file = dir.resolve("rgb.pgm");

    GreyPgm.write(rgb, file);

    byte[] bytes = Files.readAllBytes(file);
    assertEquals((byte) 255, bytes[bytes.length - 2]);
    assertEquals(0, bytes[bytes.length - 1]);
  }
}
