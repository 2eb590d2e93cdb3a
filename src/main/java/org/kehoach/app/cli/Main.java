package org.kehoach.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Entry point of {@code java -jar kehoach.jar <command>}. */
@Command(
    name = "kehoach",
    mixinStandardHelpOptions = true,
    version = "kehoach 0.1.0",
    description = "Turns Vietnamese official plans (Kế hoạch) into structured, searchable data.",
    subcommands = {
      TextCommand.class, ParseCommand.class, IndexCommand.class, SearchCommand.class, CompareCommand.class,
      EvalCommand.class, ServeCommand.class, BenchCommand.class,
      org.kehoach.bench.throughput.ThroughputCommand.class, org.kehoach.bench.batch.BatchBenchCommand.class,
      CommandLine.HelpCommand.class})
public final class Main {
  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of unexpected errors.")
  boolean debug;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs one command line with the given streams; returns the exit code (used by tests too). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    CommandLine cl = new CommandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // one clear line; the trace only when asked for
      commandLine.getErr().println("kehoach: internal error: " + ex);
      if (main.debug) {
        ex.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return ExitCodes.INTERNAL;
    });
    return cl.execute(args);
  }
}
