package org.kehoach.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kehoach.eval.SchemaValidator;
import org.kehoach.index.AddResult;
import org.kehoach.index.PlanIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach index [--index DIR] PATH…}: (re)indexes plan JSON files, and the *.json files under each
 * directory given. Each file is checked against the plan schema first; a file that fails gets one line on
 * stderr and the others are still indexed; the exit code says whether any failed.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Adds plan JSON files to the search index (or replaces them: a file is known by its sha256).",
        "The same plan in several formats becomes one plan with several sources; a plan re-issued with other",
        "content for the same issuer and year becomes a new version, the old one marked superseded."})
final class IndexCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "plan JSON files, or directories of them")
  private List<Path> paths;

  @Option(names = "--index", paramLabel = "DIR", description = "index directory (default: ${DEFAULT-VALUE})")
  private Path indexDir = PlanIndex.DEFAULT_DIR;

  @Option(names = "--no-validate", description = "skip the schema check (faster for trusted input)")
  private boolean noValidate;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
              .filter(f -> !f.getFileName().toString().equals("report.json")).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + p);
      }
    }
    ObjectMapper mapper = new ObjectMapper();
    SchemaValidator validator = noValidate ? null : new SchemaValidator(mapper);
    Map<AddResult.Status, Integer> counts = new EnumMap<>(AddResult.Status.class);
    int failed = 0;
    try (PlanIndex index = PlanIndex.open(indexDir)) {
      for (Path file : files) {
        try {
          JsonNode plan = mapper.readTree(file.toFile());
          if (validator != null) {
            List<String> problems = validator.validate(plan);
            if (!problems.isEmpty()) {
              throw new IllegalArgumentException("not a plan JSON: " + problems.get(0)
                  + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            }
          }
          AddResult r = index.add(plan, null);
          counts.merge(r.status(), 1, Integer::sum);
          out.println(String.format(Locale.ROOT, "%-11s %s (%d targets; version %d of %d; %d source%s)",
              r.status(), file, r.targets(), r.version(), r.versions(), r.sources(), r.sources() == 1 ? "" : "s"));
        } catch (IOException | IllegalArgumentException e) {
          err.println("kehoach index: " + file + ": " + e.getMessage());
          err.flush();
          failed++;
        }
      }
      index.commit();
      out.println(String.format(Locale.ROOT,
          "indexed %d of %d files into %s: %d new plans, %d new versions, %d new sources, %d replaced; "
              + "the index holds %d plan versions from %d files",
          files.size() - failed, files.size(), indexDir, counts.getOrDefault(AddResult.Status.NEW_PLAN, 0),
          counts.getOrDefault(AddResult.Status.NEW_VERSION, 0), counts.getOrDefault(AddResult.Status.NEW_SOURCE, 0),
          counts.getOrDefault(AddResult.Status.REPLACED, 0), index.versionCount(), index.sourceCount()));
    }
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
