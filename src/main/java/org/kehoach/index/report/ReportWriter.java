package org.kehoach.index.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes one report in the chosen format to a file, or to the console writer when no file is given. XLSX is
 * binary and needs a file. CSV carries the first sheet only. Files are written in UTF-8, replaced if present.
 */
public final class ReportWriter {
  private final ObjectMapper mapper;
  private final CsvWriter csv = new CsvWriter();
  private final XlsxWriter xlsx = new XlsxWriter();

  public ReportWriter(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /**
   * @param output the file to write, or {@code null} for {@code console}
   * @throws IllegalArgumentException for XLSX without a file
   */
  public void write(OutputFormat format, Path output, PrintWriter console, Supplier<String> table,
      Supplier<JsonNode> json, Supplier<List<Sheet>> sheets) throws IOException {
    if (format == OutputFormat.XLSX) {
      if (output == null) {
        throw new IllegalArgumentException("XLSX is binary: name a file with --output");
      }
      createParent(output);
      try (OutputStream os = Files.newOutputStream(output)) {
        xlsx.write(sheets.get(), os);
      }
      return;
    }
    if (output == null) {
      text(format, console, table, json, sheets);
      console.flush();
      return;
    }
    createParent(output);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
      PrintWriter pw = new PrintWriter(w);
      text(format, pw, table, json, sheets);
      pw.flush();
    }
  }

  private void text(OutputFormat format, PrintWriter out, Supplier<String> table, Supplier<JsonNode> json,
      Supplier<List<Sheet>> sheets) throws IOException {
    switch (format) {
      case TABLE -> out.print(table.get());
      case JSON -> out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json.get()));
      case CSV -> csv.write(sheets.get().get(0), out);
      case XLSX -> throw new IllegalStateException("XLSX is written to a file");
    }
  }

  private static void createParent(Path output) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
