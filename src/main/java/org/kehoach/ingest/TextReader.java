package org.kehoach.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kehoach.model.SourceFormat;
import org.kehoach.text.legacy.DecodedText;
import org.kehoach.text.legacy.LegacyDecoder;

/**
 * Reads a plain-text file: its bytes are decoded by {@link LegacyDecoder}, which recognises UTF-8, UTF-16,
 * windows-1258 and the pre-Unicode Vietnamese encodings TCVN3 and VNI; the encoding it found is recorded
 * in {@link RawDocument#encoding()}. Tika is not used to decode: it reads TCVN3 and VNI as ISO-8859-1.
 */
public final class TextReader implements DocumentReader {
  public static final String MEDIA_TYPE = "text/plain";

  private final Limits limits;

  public TextReader(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public Set<String> supportedTypes() {
    return Set.of(MEDIA_TYPE);
  }

  @Override
  public RawDocument read(ReaderSource source, String mediaType) throws PlanProcessingException {
    Path file = source.file();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new PlanProcessingException(FailureReason.TOO_LARGE,
            "the text file has " + size + " bytes, more than the limit of " + limits.maxBytes());
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PlanProcessingException(FailureReason.IO_ERROR,
          "the text file could not be read: " + ParseFailures.rootMessage(e), e);
    }
    DecodedText decoded = LegacyDecoder.decodeBytes(bytes);
    if (decoded.text().length() > limits.maxChars()) {
      throw new PlanProcessingException(FailureReason.TOO_LARGE, "the text has "
          + decoded.text().length() + " characters, more than the limit of " + limits.maxChars());
    }
    return new RawDocument(SourceFormat.TXT, mediaType, List.of(new RawPage(1, decoded.text(), false)),
        false, decoded.legacy(), decoded.legacyChecked(), List.of());
  }
}
