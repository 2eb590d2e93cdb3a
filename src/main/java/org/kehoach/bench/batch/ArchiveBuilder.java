package org.kehoach.bench.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.kehoach.bench.SampleFiles;

/**
 * Builds an archive like the one a province office receives: good plans spread over folders by year and
 * district, with broken and hostile files among them, and the {@link Manifest} of what parse must make of each.
 *
 * <p>The good files are the sample corpus's text-layer files (txt, docx, doc, pdf, and the TCVN3 and VNI
 * texts) as they are, and variants that must parse as well: a text with Windows line ends, a PDF with a comment
 * appended after its end and a DOCX with a ZIP archive comment (other bytes, the same document: each such copy
 * has a sha256 of its own, so the index gets distinct files, not only replacements), a DOCX named
 * {@code .pdf} and a PDF named {@code .txt} (the extension lies, the content counts), and a short plan with a
 * title but no numbered sections. The broken files are the {@link BrokenKind}s in turn, so 50 broken files
 * are five of each. Names repeat across folders as they do in real archives; within one folder a repeated name
 * gets a number. Deterministic for a seed.
 */
final class ArchiveBuilder {
  /** The sample files used: {@code <slug><suffix>} with a slug free of dots. */
  private static final List<String> SUFFIXES = List.of(".txt", ".docx", ".doc", ".pdf", ".tcvn3.txt", ".vni.txt");
  private static final List<String> YEARS = List.of("2021", "2022", "2023", "2024", "2025");
  private static final List<String> UNITS = List.of("huyen-an-phu", "huyen-binh-son", "huyen-cat-tien",
      "thi-xa-duc-pho", "thanh-pho-ha-tien", "huyen-kim-boi", "huyen-lac-duong", "so-giao-duc");
  private static final List<String> NO_SECTIONS = List.of("plan-without-sections-1.txt", "plan-without-sections-2.txt");

  private final Path samples;
  private final long seed;

  ArchiveBuilder(Path samples, long seed) {
    this.samples = Objects.requireNonNull(samples, "samples");
    this.seed = seed;
  }

  /**
   * Writes {@code total} files into {@code target}, {@code broken} of them broken; returns their manifest.
   *
   * @throws IllegalArgumentException when {@code broken} is negative or more than {@code total}
   */
  Manifest build(Path target, int total, int broken) throws IOException {
    if (broken < 0 || broken > total) {
      throw new IllegalArgumentException("expected 0 <= broken <= total, got broken=" + broken + ", total=" + total);
    }
    List<Path> sampleFiles = sampleFiles();
    List<Recipe> recipes = recipes(sampleFiles);
    BrokenFiles brokenFiles = new BrokenFiles(withSuffix(sampleFiles, ".pdf"), withSuffix(sampleFiles, ".docx"));
    Random random = new Random(seed);
    Set<String> taken = new HashSet<>();
    List<ArchiveFile> files = new ArrayList<>();
    int good = total - broken;
    for (int i = 0; i < total; i++) {
      String folder = YEARS.get(random.nextInt(YEARS.size())) + "/" + UNITS.get(random.nextInt(UNITS.size()));
      if (i < good) {
        Recipe r = recipes.get(random.nextInt(recipes.size()));
        String path = free(taken, folder, r.name());
        r.write(target.resolve(path), i);
        files.add(new ArchiveFile(path, ArchiveFile.PARSED, r.kind()));
      } else {
        int k = i - good;
        BrokenKind kind = BrokenKind.values()[k % BrokenKind.values().length];
        int n = k / BrokenKind.values().length;
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + n + kind.extension(n);
        String path = free(taken, folder, name);
        brokenFiles.write(kind, n, target.resolve(path), random);
        files.add(new ArchiveFile(path, kind.code(), kind.name()));
      }
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return new Manifest(files);
  }

  /** How one good file is made; {@code copy} numbers the copies, so variants can differ from each other. */
  private record Recipe(String name, String kind, Maker maker) {
    void write(Path target, int copy) throws IOException {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Files.write(target, maker.bytes(copy));
    }
  }

  private interface Maker {
    byte[] bytes(int copy) throws IOException;
  }

  private static List<Recipe> recipes(List<Path> sampleFiles) {
    List<Recipe> recipes = new ArrayList<>();
    for (Path f : sampleFiles) {
      String name = f.getFileName().toString();
      String suffix = SampleFiles.suffix(f);
      String stem = name.substring(0, name.length() - suffix.length());
      recipes.add(new Recipe(name, name, copy -> Files.readAllBytes(f)));
      switch (suffix) {
        case ".txt" -> recipes.add(new Recipe(name, name + "+crlf", copy -> crlf(Files.readAllBytes(f))));
        case ".pdf" -> {
          recipes.add(new Recipe(name, name + "+comment",
              copy -> Variants.pdfComment(Files.readAllBytes(f), "copy " + copy + " of " + name)));
          recipes.add(new Recipe(stem + ".txt", name + " named .txt", copy -> Files.readAllBytes(f)));
        }
        case ".docx" -> {
          recipes.add(new Recipe(name, name + "+zip comment",
              copy -> Variants.zipComment(Files.readAllBytes(f), "copy " + copy + " of " + name)));
          recipes.add(new Recipe(stem + ".pdf", name + " named .pdf", copy -> Files.readAllBytes(f)));
        }
        default -> { }
      }
    }
    for (String plan : NO_SECTIONS) {
      recipes.add(new Recipe(plan.replace("plan-", "kh-"), plan, copy -> BrokenFiles.resource(plan)));
    }
    return recipes;
  }

  private List<Path> sampleFiles() throws IOException {
    List<Path> found = SampleFiles.list(samples, SUFFIXES);
    if (withSuffix(found, ".pdf").isEmpty() || withSuffix(found, ".docx").isEmpty()) {
      throw new IllegalArgumentException("no sample .pdf and .docx files in " + samples.toAbsolutePath());
    }
    return found;
  }

  private static List<Path> withSuffix(List<Path> files, String suffix) {
    return files.stream().filter(f -> SampleFiles.suffix(f).equals(suffix)).toList();
  }

  /** {@code folder/name}, or {@code folder/stem-2.ext} … when that path is taken. */
  private static String free(Set<String> taken, String folder, String name) {
    int dot = name.indexOf('.');
    for (int n = 1; ; n++) {
      String candidate = folder + "/" + (n == 1 ? name : name.substring(0, dot) + "-" + n + name.substring(dot));
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }

  /** LF line ends as CRLF. */
  private static byte[] crlf(byte[] text) {
    String s = new String(text, StandardCharsets.UTF_8);
    return s.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
