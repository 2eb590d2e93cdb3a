package org.kehoach.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kehoach.eval.EvalReport;
import org.kehoach.eval.JsonReport;
import org.kehoach.eval.PlanEvaluator;
import org.kehoach.eval.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach eval --gold DIR --pred DIR [--json] [--verbose]}: scores the plan JSON files in the
 * prediction directory and its subfolders (the output folder of {@code parse}) against the gold annotations
 * and prints precision, recall and F1 per part plus what each file missed. Exit code 0 whatever the scores; a
 * missing directory is a usage error. The scoring lives in {@code org.kehoach.eval}; this class only parses
 * arguments and prints.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores predicted plan JSON files against gold annotations (<doc>.gold.json).",
      "Each prediction is scored against the gold named by its source.file up to the first '.'."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "directory of <doc>.gold.json files")
  private Path gold;

  @Option(names = "--pred", required = true, paramLabel = "DIR",
      description = "directory of predicted plan JSON files, searched with its subfolders as parse writes them"
          + " (report.json and hidden files are skipped)")
  private Path pred;

  @Option(names = "--json", description = "print the report as JSON instead of text")
  private boolean json;

  @Option(names = "--verbose", description = "also print every file's per-part scores")
  private boolean verbose;

  @Override
  public Integer call() throws IOException {
    requireDirectory(gold, "--gold");
    requireDirectory(pred, "--pred");
    ObjectMapper mapper = new ObjectMapper();
    EvalReport report = new PlanEvaluator(mapper).evaluate(gold, pred);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(new JsonReport(mapper).render(report)));
    } else {
      out.print(new TextReport(verbose).render(report));
    }
    out.flush();
    return 0;
  }

  private void requireDirectory(Path dir, String option) {
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": not a directory: " + dir);
    }
  }
}
