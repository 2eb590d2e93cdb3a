package org.kehoach.ingest;

import java.util.Set;

/**
 * Refuses Office files that Tika recognises from their container as encrypted ({@code
 * application/x-tika-ooxml-protected}: an OOXML package inside an encrypted OLE2 file), so they are
 * reported as {@link FailureReason#ENCRYPTED} rather than as an unsupported type.
 */
public final class ProtectedOfficeReader implements DocumentReader {
  public static final String MEDIA_TYPE = "application/x-tika-ooxml-protected";

  @Override
  public Set<String> supportedTypes() {
    return Set.of(MEDIA_TYPE);
  }

  @Override
  public RawDocument read(ReaderSource source, String mediaType) throws PlanProcessingException {
    throw new PlanProcessingException(FailureReason.ENCRYPTED,
        "the Office document is password-protected (detected " + mediaType
            + ": an encrypted OOXML package); save it without a password and upload it again");
  }
}
