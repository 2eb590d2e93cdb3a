package org.kehoach.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * OCR with the external {@code tesseract} binary (4.x or 5.x). Each page is written to a temporary grey PGM
 * ({@link GreyPgm}) and recognised by its own process, {@code tesseract page.pgm out -l vie --dpi N}, whose UTF-8
 * output file is read back; a process that outlives its timeout, or whose caller is interrupted, is killed.
 *
 * <p>Availability is probed once, in the constructor: the binary must run and {@code --list-langs} must
 * list the language. Each process is limited to one OpenMP thread because callers already recognise
 * several pages in parallel, one per core; OpenMP threads on top of that only oversubscribe the cores.
 */
public final class TesseractOcr implements OcrEngine {
  /** The sentence telling a user how to get OCR for Vietnamese on Debian or Ubuntu. */
  public static final String INSTALL_HINT =
      "install Tesseract with Vietnamese data: apt-get install tesseract-ocr tesseract-ocr-vie";

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
  /** Time a killed process gets to disappear before we stop waiting for it. */
  private static final Duration KILL_GRACE = Duration.ofSeconds(5);
  /** How much of tesseract's stderr a failure message quotes. */
  private static final int STDERR_QUOTE = 300;
  /** Any line break, e.g. between "eng" and "vie" in the {@code --list-langs} output. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  /** A run of whitespace, folded to one space when quoting stderr ("Error\n  at x" → "Error at x"). */
  private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

  private final String executable;
  private final String language;
  private final String unavailableReason;

  /** {@code tesseract} from the {@code PATH}, Vietnamese. */
  public TesseractOcr() {
    this("tesseract", "vie");
  }

  /**
   * @param executable the binary, a name looked up on the {@code PATH} or a path
   * @param language a Tesseract language code such as {@code vie}, or several joined by {@code +}
   */
  public TesseractOcr(String executable, String language) {
    this.executable = Objects.requireNonNull(executable, "executable");
    this.language = Objects.requireNonNull(language, "language");
    if (language.isBlank()) {
      throw new IllegalArgumentException("language must not be blank");
    }
    this.unavailableReason = probe();
  }

  @Override
  public boolean available() {
    return unavailableReason.isEmpty();
  }

  @Override
  public String unavailableReason() {
    return unavailableReason;
  }

  @Override
  public String recognise(BufferedImage page, int dpi, Duration timeout)
      throws OcrException, InterruptedException {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(timeout, "timeout");
    if (!available()) {
      throw new OcrException(unavailableReason);
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("kehoach-ocr");
      Path image = dir.resolve("page.pgm");
      GreyPgm.write(page, image);
      List<String> command =
          List.of(executable, image.toString(), dir.resolve("out").toString(), "-l", language,
              "--dpi", Integer.toString(dpi));
      Finished run = run(command, dir, timeout);
      if (run.exitCode() != 0) {
        throw new OcrException(
            "tesseract exited with code " + run.exitCode() + ": " + quote(run.stderr()));
      }
      return stripPageSeparator(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OcrException("tesseract could not be run on a page: " + e.getMessage(), false, e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /** Returns "" when the binary runs and knows the language, otherwise the reason it cannot be used. */
  private String probe() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("kehoach-ocr-probe");
      Finished run = run(List.of(executable, "--list-langs"), dir, PROBE_TIMEOUT);
      // tesseract 4 printed the list on stderr, 5 prints it on stdout
      List<String> langs = new ArrayList<>();
      for (String line : LINE_BREAK.split(run.stdout() + "\n" + run.stderr())) {
        String l = line.strip();
        if (!l.isEmpty() && !l.contains(" ")) {
          langs.add(l);
        }
      }
      if (run.exitCode() != 0) {
        return "'" + executable + " --list-langs' exited with code " + run.exitCode() + " ("
            + quote(run.stderr()) + "); " + INSTALL_HINT;
      }
      for (String wanted : language.split("\\+")) {
        if (!langs.contains(wanted)) {
          return "tesseract has no '" + wanted + "' language data (it lists: "
              + String.join(", ", langs) + "); " + INSTALL_HINT;
        }
      }
      return "";
    } catch (OcrException e) {
      return "'" + executable + " --list-langs' did not finish within " + PROBE_TIMEOUT.toSeconds()
          + " s; " + INSTALL_HINT;
    } catch (IOException e) {
      return "cannot run '" + executable + "' (" + e.getMessage() + "); " + INSTALL_HINT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "the check for '" + executable + "' was interrupted; " + INSTALL_HINT;
    } finally {
      deleteQuietly(dir);
    }
  }

  private record Finished(int exitCode, String stdout, String stderr) {}

  /**
   * Runs a process with its output in files of {@code dir} (no pipe can fill up and block it), killing it
   * when {@code timeout} passes or the caller is interrupted.
   */
  private static Finished run(List<String> command, Path dir, Duration timeout)
      throws IOException, OcrException, InterruptedException {
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    Process process = builder.start();
    process.getOutputStream().close(); // tesseract reads its image from the file, never from stdin
    try {
      if (!process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new OcrException(
            "tesseract did not finish within " + timeout.toMillis() + " ms and was stopped", true, null);
      }
    } catch (InterruptedException e) {
      kill(process);
      throw e;
    }
    return new Finished(process.exitValue(), read(out), read(err));
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  /** Tesseract's text renderer ends every page with a form feed; it separates pages, it is not text. */
  private static String stripPageSeparator(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\f')) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String quote(String stderr) {
    String s = WHITESPACE_RUN.matcher(stderr.strip()).replaceAll(" ");
    if (s.isEmpty()) {
      return "no message";
    }
    return s.length() <= STDERR_QUOTE ? s : "..." + s.substring(s.length() - STDERR_QUOTE);
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover temporary file is not worth failing a page for; the OS cleans its temp dir
    }
  }
}
