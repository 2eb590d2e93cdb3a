package org.kehoach.pipeline.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The input files of a batch, walked lazily: files given by name, and the regular files under folders,
 * recursively, in name order within each folder. Only one folder's listing is held at a time per depth, so
 * memory does not grow with the size of the archive. Hidden files, {@code README.md} and anything under the
 * output folder are left out; symbolic links to folders are not followed (they can loop).
 *
 * <p>Each file's outputs go to the output folder mirrored after its place under the folder it was found in
 * ({@code in/2024/huyen-a/kh.pdf} → {@code out/2024/huyen-a/kh.pdf.json}), so files of the same name in
 * different folders never overwrite each other. With several folders given, each gets a subfolder named after
 * it; files given by name go to the output folder itself.
 */
public final class InputFiles {
  /** One input and the folder its outputs go to. */
  public record Input(Path file, Path outDir) {
    public Input {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(outDir, "outDir");
    }
  }

  /** Receives the inputs one by one; may block (the batch's bounded queue) or throw to stop the walk. */
  public interface Visitor {
    void visit(Input input) throws InterruptedException;
  }

  private final List<Path> roots;
  private final Path outRoot;
  private final Path outAbs;

  public InputFiles(List<Path> roots, Path outRoot) {
    this.roots = List.copyOf(roots);
    this.outRoot = Objects.requireNonNull(outRoot, "outRoot");
    this.outAbs = outRoot.toAbsolutePath().normalize();
    if (this.roots.isEmpty()) {
      throw new IllegalArgumentException("roots must name at least one file or folder");
    }
  }

  /** The number of inputs, by a walk that keeps nothing. */
  public long count() throws IOException {
    long[] n = {0};
    try {
      walk(input -> n[0]++);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while counting the inputs", e);
    }
    return n[0];
  }

  /** Hands every input to the visitor, in order. */
  public void walk(Visitor visitor) throws IOException, InterruptedException {
    boolean several = roots.stream().filter(Files::isDirectory).count() > 1;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        Path base = several ? outRoot.resolve(folderName(root)) : outRoot;
        walkFolder(root, base, visitor);
      } else {
        // a file named on the command line is taken as given: a missing one fails with IO_ERROR, not silently
        visitor.visit(new Input(root, outRoot));
      }
    }
  }

  private void walkFolder(Path dir, Path outDir, Visitor visitor) throws IOException, InterruptedException {
    if (dir.toAbsolutePath().normalize().startsWith(outAbs)) {
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        if (!skipped(p)) {
          entries.add(p);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    entries.sort(null);
    for (Path p : entries) {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        walkFolder(p, outDir.resolve(p.getFileName().toString()), visitor);
      } else if (Files.isRegularFile(p)) {
        visitor.visit(new Input(p, outDir));
      }
    }
  }

  private static boolean skipped(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(".") || name.toLowerCase(Locale.ROOT).equals("readme.md");
  }

  private static String folderName(Path root) {
    Path name = root.toAbsolutePath().normalize().getFileName();
    return name == null ? "root" : name.toString();
  }
}
