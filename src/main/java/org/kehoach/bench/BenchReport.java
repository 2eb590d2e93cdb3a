package org.kehoach.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results as Markdown (for docs/benchmarks/) and as JSON. */
public final class BenchReport {
  /** Goals on a 2-core machine at 100,000 plans. */
  public static final double GOAL_SEARCH_P99_MS = 50;
  public static final double GOAL_COMPARE_MS = 100;
  public static final double GOAL_PLANS_PER_SECOND = 500;

  private final ObjectMapper mapper;

  public BenchReport(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * @param environment one line on the machine and JVM
   * @param command the command line that reproduces the run
   */
  public String markdown(List<BenchResult> results, String environment, String command) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Search benchmark\n\n");
    sb.append("Measured by `kehoach bench` on synthetic plans (`org.kehoach.bench.SyntheticPlans`: real district ")
        .append("names, indicator wordings from the gazetteer, 5-18 targets per plan; once every district, year ")
        .append("and topic has a plan, the generator issues revised editions, which the index keeps as new ")
        .append("versions of a plan). ")
        .append(environment)
        .append("\n\nRerun: `").append(command).append("`\n\n");
    sb.append("Goals at 100,000 plans: search p99 ≤ ").append(fmt(GOAL_SEARCH_P99_MS)).append(" ms, compare ≤ ")
        .append(fmt(GOAL_COMPARE_MS)).append(" ms, indexing ≥ ").append(fmt(GOAL_PLANS_PER_SECOND))
        .append(" plans/s.\n\n");
    sb.append("Wall clock (what a user waits):\n\n");
    sb.append("| plan files | distinct plans | targets | index MB | indexing plans/s | search p50 ms | search p99 ms ")
        .append("| filtered p50 ms | filtered p99 ms | compare p50 ms | compare p99 ms | mean hits/query ")
        .append("| load avg before/after |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (BenchResult r : results) {
      sb.append(String.format(Locale.ROOT,
          "| %,d | %,d | %,d | %.0f | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,.0f | %.1f / %.1f |\n",
          r.plans(), r.distinctPlans(), r.targets(), r.indexBytes() / 1e6, r.plansPerSecond(), r.search().p50(),
          r.search().p99(), r.searchFiltered().p50(), r.searchFiltered().p99(), r.compare().p50(), r.compare().p99(),
          r.meanHits(), r.loadBefore(), r.loadAfter()));
    }
    sb.append("\nCPU time (what the work costs, whatever else the machine runs):\n\n");
    sb.append("| plans | indexing plans per CPU-second | search p50 ms | search p99 ms | filtered p50 ms ")
        .append("| filtered p99 ms | compare p50 ms | compare p99 ms |\n");
    sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (BenchResult r : results) {
      sb.append(String.format(Locale.ROOT, "| %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |\n",
          r.plans(), r.plansPerCpuSecond(), r.searchCpu().p50(), r.searchCpu().p99(), r.searchFilteredCpu().p50(),
          r.searchFilteredCpu().p99(), r.compareCpu().p50(), r.compareCpu().p99()));
    }
    sb.append("\nIndexing: plan JSON parsed and added with ").append(results.isEmpty() ? 0 : results.get(0).indexThreads())
        .append(" threads, commit included (CPU: the indexing threads and the commit; Lucene's background ")
        .append("merges run on other threads and are not counted); generating the JSON is timed apart (")
        .append(results.stream().map(r -> String.format(Locale.ROOT, "%.1f s for %,d", r.generateSeconds(), r.plans()))
            .reduce((a, b) -> a + ", " + b).orElse("")).append(").\n");
    sb.append("Search: ").append(BenchResult.QUERIES.size()).append(" fixed queries, one at a time, warm, on the ")
        .append("committed index opened read-only (the searcher spreads one query's segments over one thread per ")
        .append("core, so search CPU below counts only the calling thread); each search counts the facets ")
        .append("(province, year, level, indicator) over all matches and returns the top 50 targets grouped by ")
        .append("plan. Filtered: the same queries with a province and a year, a province and 2020-2025, or a ")
        .append("year alone.\n");
    sb.append("Compare: a random indexed district and year (after the first year) against the same issuer's ")
        .append("latest earlier plan, both found in and loaded from the index, then aligned and judged.\n");
    sb.append("Wall-clock figures depend on what else the machine runs (the load average columns say how busy ")
        .append("it was; above 2 on 2 cores the benchmark shares its cores); CPU time does much less.\n\n");
    for (BenchResult r : results) {
      sb.append(String.format(Locale.ROOT, "## Per query at %,d plans (unfiltered, ms)\n\n", r.plans()));
      sb.append("| query | p50 | p99 | max |\n|---|---:|---:|---:|\n");
      for (Map.Entry<String, Latency> e : r.perQuery().entrySet()) {
        sb.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %.1f |\n", e.getKey().replace("|", "\\|"),
            e.getValue().p50(), e.getValue().p99(), e.getValue().max()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  public ObjectNode json(List<BenchResult> results, String environment, String command) {
    ObjectNode root = mapper.createObjectNode();
    root.put("environment", environment);
    root.put("command", command);
    ArrayNode runs = root.putArray("runs");
    for (BenchResult r : results) {
      ObjectNode o = runs.addObject();
      o.put("plans", r.plans()).put("distinctPlans", r.distinctPlans()).put("versions", r.versions())
          .put("targets", r.targets())
          .put("generateSeconds", r.generateSeconds()).put("indexSeconds", r.indexSeconds())
          .put("indexThreads", r.indexThreads()).put("plansPerSecond", r.plansPerSecond())
          .put("indexBytes", r.indexBytes()).put("openMillis", r.openMillis()).put("meanHits", r.meanHits())
          .put("indexCpuSeconds", r.indexCpuSeconds()).put("plansPerCpuSecond", r.plansPerCpuSecond())
          .put("loadBefore", r.loadBefore()).put("loadAfter", r.loadAfter());
      o.set("search", latency(r.search()));
      o.set("searchFiltered", latency(r.searchFiltered()));
      o.set("compare", latency(r.compare()));
      o.set("searchCpu", latency(r.searchCpu()));
      o.set("searchFilteredCpu", latency(r.searchFilteredCpu()));
      o.set("compareCpu", latency(r.compareCpu()));
      ObjectNode per = o.putObject("perQuery");
      r.perQuery().forEach((q, l) -> per.set(q, latency(l)));
    }
    return root;
  }

  private ObjectNode latency(Latency l) {
    return mapper.createObjectNode().put("samples", l.samples()).put("p50Ms", l.p50()).put("p99Ms", l.p99())
        .put("maxMs", l.max()).put("meanMs", l.mean());
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }
}
