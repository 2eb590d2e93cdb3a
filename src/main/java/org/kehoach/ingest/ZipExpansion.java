package org.kehoach.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a ZIP package (DOCX, ODT) that expands past a bound before any parser opens it. Office parsers load
 * whole XML parts into memory, so a few hundred kilobytes that inflate to hundreds of megabytes (a zip bomb)
 * would exhaust the heap and could fail other documents of the batch with it. The check inflates every entry
 * and counts what comes out; the sizes the archive declares are not trusted, since a bomb can lie about them.
 * A package that is not readable as ZIP is left for the parser to report.
 */
final class ZipExpansion {
  private static final int BUFFER = 64 * 1024;

  private ZipExpansion() {}

  /**
   * @throws PlanProcessingException {@link FailureReason#TOO_LARGE} when the entries together expand to more
   *     than {@code maxExpandedBytes}
   */
  static void check(Path file, String format, long maxExpandedBytes) throws PlanProcessingException {
    long total = 0;
    byte[] buffer = new byte[BUFFER];
    try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          total += n;
          if (total > maxExpandedBytes) {
            throw new PlanProcessingException(FailureReason.TOO_LARGE, String.format(Locale.ROOT,
                "the %s package expands to more than %,d bytes (limit; at entry %s): a zip bomb or an"
                    + " oversized document", format, maxExpandedBytes, e.getName()));
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // not a well-formed ZIP: the parser reads what it can and reports the damage in its own terms
    }
  }
}
