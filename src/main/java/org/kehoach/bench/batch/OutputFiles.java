package org.kehoach.bench.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan outputs in a parse output folder: every {@code *.json} but {@code report.json}, outside the index
 * folder and not hidden (a hidden {@code .x.json…tmp} is a write under way). Each is named by its path under the
 * folder, '/' between folders, with the identity of the file on disk: a file written again is a new file
 * (outputs are written by temporary file and rename), so its key and modification time change.
 */
final class OutputFiles {
  /** The name of the batch report in the output folder. */
  static final String REPORT = "report.json";
  /** The index folder parse writes into the output folder by default. */
  static final String INDEX = "index";

  /** The identity of one file on disk: its modification time and file key (device and inode on Linux). */
  record State(FileTime modified, Object key) {}

  private OutputFiles() {}

  /** The outputs now, sorted by path; files that vanish while the folder is read are left out. */
  static Map<String, State> snapshot(Path out) throws IOException {
    Map<String, State> found = new TreeMap<>();
    if (!Files.isDirectory(out)) {
      return found;
    }
    Files.walkFileTree(out, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        boolean skip = !dir.equals(out)
            && (dir.getFileName().toString().startsWith(".") || dir.equals(out.resolve(INDEX)));
        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        if (attrs.isRegularFile() && name.endsWith(".json") && !name.startsWith(".") && !file.equals(out.resolve(REPORT))) {
          found.put(relative(out, file), new State(attrs.lastModifiedTime(), attrs.fileKey()));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE; // renamed away or deleted while we looked
        }
        throw e;
      }
    });
    return found;
  }

  /** How many outputs there are now; for the kill condition, so it never throws. */
  static int count(Path out) {
    try {
      return snapshot(out).size();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  /** Hidden temporary files ({@code .x.json…tmp}) anywhere under the folder. */
  static long temporaryFiles(Path out) throws IOException {
    try (var files = Files.walk(out)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
      }).count();
    }
  }

  static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
