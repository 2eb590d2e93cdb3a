package org.kehoach.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.index.Filters;
import org.kehoach.index.GazetteerLexicon;
import org.kehoach.index.PlanSearcher;
import org.kehoach.index.SearchRequest;
import org.kehoach.index.SearchResult;
import org.kehoach.index.report.OutputFormat;
import org.kehoach.index.report.ReportWriter;
import org.kehoach.index.report.SearchReport;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.TargetUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach search [filters] QUERY…}: targets of every indexed plan that match, best first, grouped by
 * plan, with facet counts. Exit codes: 0 when searched (also when nothing matches); 1 when there is no index
 * or the query cannot be read (one line on stderr); 2 for a usage error. The search lives in {@code
 * org.kehoach.index}; this class parses and prints.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Finds targets in the indexed plans: all words must occur (with or without diacritics, any",
        "case, either tone placement, abbreviations such as TNTT expanded); \"double quotes\" make a phrase;",
        "a query naming an indicator by a synonym finds its targets however they are worded. No query, or *,",
        "lists every target that passes the filters."})
final class SearchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words to find")
  private List<String> query = List.of();

  @Option(names = "--province", paramLabel = "NAME", description = "only plans of this province")
  private String province;

  @Option(names = "--district", paramLabel = "NAME", description = "only plans of this district-level unit")
  private String district;

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "only plans issued at this level: PROVINCE, DISTRICT, COMMUNE, SCHOOL, AGENCY, UNKNOWN")
  private String level;

  @Option(names = "--year", paramLabel = "YEAR", description = "only plans for this year")
  private Integer year;

  @Option(names = "--from", paramLabel = "YEAR", description = "only plans for this year or later")
  private Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "only plans for this year or earlier")
  private Integer to;

  @Option(names = "--indicator", paramLabel = "ID", description = "only targets of this indicator id")
  private String indicator;

  @Option(names = "--unit", paramLabel = "UNIT",
      description = "only targets in this unit: percent, per_1000, per_100000, vnd, count")
  private String unit;

  @Option(names = "--all-versions", description = "include superseded versions of re-issued plans")
  private boolean allVersions;

  @Option(names = "--limit", paramLabel = "N", description = "most targets to show (default: ${DEFAULT-VALUE})")
  private int limit = SearchRequest.DEFAULT_LIMIT;

  @Mixin private ReportOptions options = new ReportOptions();

  @Override
  public Integer call() throws IOException {
    OutputFormat fmt = CliValues.format(spec, options.format, options.output);
    Filters filters;
    SearchRequest request;
    try {
      filters = new Filters(province, district,
          level == null ? null : CliValues.enumValue(spec, IssuerLevel.class, level, "--level"), year, from, to,
          indicator, unit == null ? null : CliValues.enumValue(spec, TargetUnit.class, unit, "--unit"),
          allVersions);
      request = new SearchRequest(String.join(" ", query), filters, limit);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ObjectMapper mapper = new ObjectMapper();
    SearchResult result;
    try (PlanSearcher searcher = PlanSearcher.open(options.indexDir, GazetteerLexicon.of(Gazetteers.loadDefault()))) {
      result = searcher.search(request);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("kehoach search: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.SOME_FAILED;
    }
    SearchReport report = new SearchReport(mapper);
    new ReportWriter(mapper).write(fmt, options.output, spec.commandLine().getOut(), () -> report.table(result),
        () -> report.json(result), () -> List.of(report.targets(result), report.facets(result)));
    return ExitCodes.OK;
  }
}
