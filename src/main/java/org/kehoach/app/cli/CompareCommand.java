package org.kehoach.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.index.GazetteerLexicon;
import org.kehoach.index.IndicatorLexicon;
import org.kehoach.index.PlanJsonReader;
import org.kehoach.index.PlanPairs;
import org.kehoach.index.PlanRecord;
import org.kehoach.index.PlanSearcher;
import org.kehoach.index.compare.PlanComparer;
import org.kehoach.index.compare.PlanComparison;
import org.kehoach.index.compare.TargetAligner;
import org.kehoach.index.report.CompareReport;
import org.kehoach.index.report.OutputFormat;
import org.kehoach.index.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach compare --district X --year Y [--with-year Z]} or {@code kehoach compare OLD.json NEW.json}:
 * the targets of a plan against an earlier plan of the same issuer. Exit codes: 0 when compared, and also
 * when the index holds no earlier plan (said plainly on stdout); 1 when the index holds no plan of the
 * district for the year; 2 for a usage error, including a district name several issuers share.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compares a plan's targets with an earlier plan's: changed values with whether the new target",
        "is more or less ambitious (for indicators that must decrease, lower is more ambitious), targets added",
        "and dropped, budget totals, agencies added and dropped. Either two plan JSON files (old, new), or a",
        "district and year looked up in the index against the same issuer's latest earlier plan."})
final class CompareCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "PLAN.json", description = "the old and the new plan JSON files")
  private List<Path> files = List.of();

  @Option(names = "--district", paramLabel = "NAME",
      description = "the district whose plan to compare; add its type ('huyện Hồng Ngự') where a city and a district share a name")
  private String district;

  @Option(names = "--province", paramLabel = "NAME", description = "its province, when the name is ambiguous")
  private String province;

  @Option(names = "--year", paramLabel = "YEAR", description = "the plan year to compare")
  private Integer year;

  @Option(names = "--with-year", paramLabel = "YEAR",
      description = "the earlier year to compare with (default: the latest earlier plan)")
  private Integer withYear;

  @Option(names = "--threshold", paramLabel = "0..1",
      description = "least phrase similarity to pair targets without a shared indicator (default: ${DEFAULT-VALUE})")
  private double threshold = TargetAligner.DEFAULT_THRESHOLD;

  @Mixin private ReportOptions options = new ReportOptions();

  @Override
  public Integer call() throws IOException {
    OutputFormat fmt = CliValues.format(spec, options.format, options.output);
    boolean byFiles = !files.isEmpty();
    if (byFiles == (district != null || year != null)) {
      throw usage("give either two plan files, or --district and --year");
    }
    if (byFiles && files.size() != 2) {
      throw usage("give two plan files: the old one, then the new one");
    }
    if (!byFiles && (district == null || year == null)) {
      throw usage("--district and --year go together");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw usage("--threshold must be in (0, 1], found " + threshold);
    }
    ObjectMapper mapper = new ObjectMapper();
    PlanJsonReader reader = new PlanJsonReader();
    Gazetteers gazetteers = Gazetteers.loadDefault();
    IndicatorLexicon lexicon = GazetteerLexicon.of(gazetteers);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanRecord older;
    PlanRecord newer;
    if (byFiles) {
      try {
        older = reader.read(mapper.readTree(files.get(0).toFile()));
        newer = reader.read(mapper.readTree(files.get(1).toFile()));
      } catch (IOException | IllegalArgumentException e) {
        err.println("kehoach compare: " + e.getMessage());
        err.flush();
        return ExitCodes.SOME_FAILED;
      }
    } else {
      try (PlanSearcher searcher = PlanSearcher.open(options.indexDir, lexicon)) {
        PlanPairs.Pair pair = new PlanPairs(searcher).find(district, province, year, withYear);
        String place = district + (province == null ? "" : " (" + province + ")");
        if (pair == null) {
          err.println("kehoach compare: the index " + options.indexDir + " holds no plan of " + place + " for " + year);
          err.flush();
          return ExitCodes.SOME_FAILED;
        }
        if (pair.older() == null) {
          out.println("No earlier plan to compare with: the index holds no plan of the issuer of " + place
              + (withYear != null ? " for " + withYear : " before " + year) + ".");
          out.flush();
          return ExitCodes.OK;
        }
        newer = reader.read(searcher.planJson(pair.newer()));
        older = reader.read(searcher.planJson(pair.older()));
      } catch (PlanPairs.AmbiguousPlaceException e) {
        throw usage(e.getMessage());
      } catch (IllegalArgumentException e) {
        err.println("kehoach compare: " + e.getMessage());
        err.flush();
        return ExitCodes.SOME_FAILED;
      }
    }
    PlanComparison c = new PlanComparer(new TargetAligner(threshold), lexicon,
        PlanComparer.canonicalNames(gazetteers.agencies())).compare(older, newer);
    CompareReport report = new CompareReport(mapper);
    new ReportWriter(mapper).write(fmt, options.output, out, () -> report.table(c), () -> (JsonNode) report.json(c),
        () -> List.of(report.sheet(c)));
    return ExitCodes.OK;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
