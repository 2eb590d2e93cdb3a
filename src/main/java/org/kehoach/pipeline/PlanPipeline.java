package org.kehoach.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.kehoach.extract.PlanExtractor;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.ingest.FailureReason;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.ingest.RawDocument;
import org.kehoach.ingest.normalize.NormalizedText;
import org.kehoach.model.Plan;
import org.kehoach.model.PlanSource;
import org.kehoach.structure.Segmenter;

/**
 * Read → normalise → segment → extract, for one file at a time. Thread-safe; expensive to build (Tika's
 * parsers, the gazetteers), so build one per process. Closing it stops the reader threads.
 */
public final class PlanPipeline implements AutoCloseable {
  private final TextExtraction text;
  private final Segmenter segmenter = new Segmenter();
  private final PlanExtractor extractor;

  public PlanPipeline(PipelineConfig config) {
    this.text = new TextExtraction(config);
    Gazetteers gazetteers = config.gazetteerDir() == null ? Gazetteers.loadDefault() : Gazetteers.load(config.gazetteerDir());
    this.extractor = new PlanExtractor(gazetteers);
  }

  public Plan parse(Path file) throws PlanProcessingException {
    TextExtraction.Result read = text.read(file);
    RawDocument raw = read.raw();
    NormalizedText normalized = read.text();
    PlanSource source = new PlanSource(
        file.getFileName().toString(), raw.format(), sha256(file), raw.paged() ? raw.pages().size() : null,
        raw.ocr(), normalized.encoding());
    String plain = normalized.value();
    return extractor.extract(source, plain, normalized.text(), segmenter.segment(plain, normalized.text()::pageAt));
  }

  /** Hex SHA-256 of a file's bytes: the identity of an upload. */
  public static String sha256(Path file) throws PlanProcessingException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new PlanProcessingException(FailureReason.IO_ERROR, "cannot read the file: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  @Override
  public void close() {
    text.close();
  }
}
