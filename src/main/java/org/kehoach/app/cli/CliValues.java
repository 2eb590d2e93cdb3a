package org.kehoach.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.kehoach.index.report.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Option values the search, compare and bench commands share, read case-insensitively. */
final class CliValues {
  private CliValues() {}

  static <E extends Enum<E>> E enumValue(CommandSpec spec, Class<E> type, String value, String option) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": expected one of "
          + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", found '" + value + "'");
    }
  }

  /** The output format; XLSX needs a file. */
  static OutputFormat format(CommandSpec spec, String value, Path output) {
    OutputFormat f = enumValue(spec, OutputFormat.class, value, "--format");
    if (f == OutputFormat.XLSX && output == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx: name a file with --output");
    }
    return f;
  }
}
