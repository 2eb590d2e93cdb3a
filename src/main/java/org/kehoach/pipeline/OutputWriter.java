package org.kehoach.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.kehoach.model.Plan;

/**
 * Writes a parsed plan as {@code <out>/<file>.json} and the normalised text its spans index into as
 * {@code <out>/<file>.txt}. Each file is written to a temporary sibling and renamed into place, so a crash
 * never leaves a half-written output; the text is written first, so a JSON that exists always has its text.
 */
public final class OutputWriter {
  /** A temporary file is created here, never opened if it exists. */
  private static final Set<OpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  /** Owner read and write, as {@link Files#createTempFile} makes them on POSIX systems. */
  private static final FileAttribute<?> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  /** Random names drawn for one temporary file before giving up (a clash is already a one in 2^64 event). */
  private static final int MAX_NAME_ATTEMPTS = 16;

  private final Path outDir;
  private final PlanJson planJson;

  public OutputWriter(Path outDir, ObjectMapper mapper) {
    this.outDir = outDir;
    this.planJson = new PlanJson(mapper);
  }

  public Path jsonPath(String sourceFile) {
    return outDir.resolve(sourceFile + ".json");
  }

  /**
   * A plan's written JSON: its path and the bytes in it ({@link PlanJson#pretty}), for a caller that needs them
   * again (the index takes its compact JSON from them) without reading the file back.
   */
  public record Written(Path json, byte[] bytes) {
    public Written {
      Objects.requireNonNull(json, "json");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** Writes both files; returns the JSON path. */
  public Path write(Plan plan) throws IOException {
    return writePlan(plan).json();
  }

  /** Writes both files; returns the JSON path and bytes. */
  public Written writePlan(Plan plan) throws IOException {
    String name = plan.source().file();
    writeAtomically(outDir.resolve(name + ".txt"), plan.text().getBytes(StandardCharsets.UTF_8));
    Path json = jsonPath(name);
    byte[] bytes = planJson.pretty(plan);
    writeAtomically(json, bytes);
    return new Written(json, bytes);
  }

  /**
   * A whole-file write that a crash cannot leave half done: the bytes go to a hidden temporary sibling
   * ({@code .name…tmp}, readable by the owner only), which is then renamed over the target; missing parent
   * folders are made first.
   *
   * <p>The temporary file is made, opened and written by one open call, and the parent folder is made only
   * when that call finds it missing: per output that is four system calls, not a dozen and two exceptions.
   */
  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = writeTemporary(dir, target.getFileName().toString(), bytes);
    try {
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      // a temporary file that was renamed is gone already: only a failed rename leaves one to remove
      deleteQuietly(tmp, e);
      throw e;
    }
  }

  /** Writes {@code bytes} to a new hidden file {@code .<name><random>.tmp} in {@code dir}; returns its path. */
  private static Path writeTemporary(Path dir, String name, byte[] bytes) throws IOException {
    FileAttribute<?>[] attributes = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {OWNER_ONLY} : new FileAttribute<?>[0];
    boolean madeDir = false;
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      FileChannel channel;
      try {
        channel = FileChannel.open(tmp, NEW_FILE, attributes);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= MAX_NAME_ATTEMPTS) {
          throw e;
        }
        continue; // another write drew the same name: draw again
      } catch (NoSuchFileException e) {
        if (madeDir) {
          throw e;
        }
        Files.createDirectories(dir);
        madeDir = true;
        continue;
      }
      try (channel) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      } catch (IOException | RuntimeException | Error e) {
        deleteQuietly(tmp, e);
        throw e;
      }
      return tmp;
    }
  }

  private static void deleteQuietly(Path tmp, Throwable cause) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException cleanup) {
      cause.addSuppressed(cleanup);
    }
  }
}
