package org.kehoach.app.cli;

import java.nio.file.Path;
import org.kehoach.index.PlanIndex;
import picocli.CommandLine.Option;

/** The options every command that reads the index and writes a report shares: format, output file, index. */
final class ReportOptions {
  @Option(names = "--format", paramLabel = "FORMAT",
      description = "table, json, csv or xlsx (default: ${DEFAULT-VALUE})")
  String format = "table";

  @Option(names = "--output", paramLabel = "FILE", description = "write to this file (required for xlsx)")
  Path output;

  @Option(names = "--index", paramLabel = "DIR", description = "index directory (default: ${DEFAULT-VALUE})")
  Path indexDir = PlanIndex.DEFAULT_DIR;
}
