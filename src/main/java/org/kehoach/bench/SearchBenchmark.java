package org.kehoach.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.kehoach.index.Filters;
import org.kehoach.index.IndexAnalyzers;
import org.kehoach.index.IndicatorLexicon;
import org.kehoach.index.PlanIndex;
import org.kehoach.index.PlanJsonReader;
import org.kehoach.index.PlanPairs;
import org.kehoach.index.PlanSearcher;
import org.kehoach.index.SearchRequest;
import org.kehoach.index.SearchResult;
import org.kehoach.index.compare.PlanComparer;
import org.kehoach.index.compare.TargetAligner;

/**
 * Indexes N synthetic plans and measures: the indexing rate (plan JSON parsed and added, commit included;
 * generating the JSON is timed apart), the latency of a fixed set of queries with and without filters (facet
 * counts included, as the search command computes them), and the latency of district-year comparisons read
 * from the index. Single-threaded queries on a warm, committed index opened read-only, as the CLI opens it.
 */
public final class SearchBenchmark {
  /**
   * @param rounds how many times each query runs (after as many warm-up runs)
   * @param compares how many comparisons to time
   * @param threads how many threads index
   * @param keep whether to keep each index on disk afterwards
   */
  public record Config(long seed, Path workDir, int rounds, int compares, int threads, boolean keep) {
    public Config {
      Objects.requireNonNull(workDir, "workDir");
      if (rounds < 1 || compares < 1 || threads < 1) {
        throw new IllegalArgumentException("rounds, compares and threads must be >= 1");
      }
    }
  }

  private final SyntheticPlans plans;
  private final IndicatorLexicon lexicon;
  private final Config config;
  private final ObjectMapper mapper = new ObjectMapper();

  public SearchBenchmark(SyntheticPlans plans, IndicatorLexicon lexicon, Config config) {
    this.plans = Objects.requireNonNull(plans, "plans");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.config = Objects.requireNonNull(config, "config");
  }

  public BenchResult run(int n, Consumer<String> progress) throws IOException, InterruptedException {
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Path dir = config.workDir().resolve("index-" + n);
    ScratchTree.delete(dir);
    progress.accept(n + " plans: generating JSON");
    long t0 = System.nanoTime();
    byte[][] json = new byte[n][];
    parallel(n, i -> json[i] = mapper.writeValueAsBytes(plans.plan(i).json()));
    double generate = (System.nanoTime() - t0) / 1e9;
    progress.accept(String.format(java.util.Locale.ROOT, "%d plans: generated in %.1f s; indexing with %d threads",
        n, generate, config.threads()));
    int versions;
    int distinct;
    long indexCpu;
    t0 = System.nanoTime();
    try (PlanIndex index = PlanIndex.open(dir, IndexAnalyzers.standard(), 256)) {
      indexCpu = parallel(n, i -> {
        index.add(mapper.readTree(json[i]), null);
        json[i] = null;
      });
      long c = cpu.getCurrentThreadCpuTime();
      index.commit();
      indexCpu += cpu.getCurrentThreadCpuTime() - c;
      versions = index.versionCount();
      distinct = index.planCount();
    }
    double indexing = (System.nanoTime() - t0) / 1e9;
    long bytes = size(dir);
    progress.accept(String.format(java.util.Locale.ROOT, "%d plans: indexed in %.1f s (%.0f plans/s), %.0f MB",
        n, indexing, n / indexing, bytes / 1e6));
    BenchResult result;
    // start the timed searches from a clean heap, not in the middle of collecting the indexing garbage
    System.gc();
    t0 = System.nanoTime();
    try (PlanSearcher searcher = PlanSearcher.open(dir, lexicon)) {
      double open = (System.nanoTime() - t0) / 1e6;
      long targets = searcher.counts()[1];
      Map<String, long[]> perQuery = new LinkedHashMap<>();
      long[] plain = new long[BenchResult.QUERIES.size() * config.rounds()];
      long[] filtered = new long[plain.length];
      long[] plainCpu = new long[plain.length];
      long[] filteredCpu = new long[plain.length];
      long hits = 0;
      SplittableRandom r = new SplittableRandom(config.seed());
      List<String> provinces = plans.world().districts().stream().map(SyntheticWorld.District::province).distinct()
          .toList();
      progress.accept(n + " plans: searching");
      for (int warm = 0; warm < 2; warm++) {
        int k = 0;
        for (int round = 0; round < config.rounds(); round++) {
          for (String q : BenchResult.QUERIES) {
            long c = cpu.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            SearchResult res = searcher.search(new SearchRequest(q, Filters.none(), SearchRequest.DEFAULT_LIMIT));
            long e = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            Filters f = filters(r, provinces);
            long s2 = System.nanoTime();
            searcher.search(new SearchRequest(q, f, SearchRequest.DEFAULT_LIMIT));
            long e2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            if (warm == 1) {
              plain[k] = e - s;
              filtered[k] = e2 - s2;
              plainCpu[k] = c1 - c;
              filteredCpu[k] = c2 - c1;
              perQuery.computeIfAbsent(q, x -> new long[config.rounds()])[round] = e - s;
              hits += res.totalTargets();
              k++;
            }
          }
        }
      }
      progress.accept(n + " plans: comparing");
      long[][] compares = compare(searcher, n, r);
      Map<String, Latency> per = new LinkedHashMap<>();
      perQuery.forEach((q, v) -> per.put(q, Latency.of(v)));
      result = new BenchResult(n, distinct, versions, targets, generate, indexing, config.threads(), bytes, open,
          Latency.of(plain), Latency.of(filtered), per, Latency.of(compares[0]), (double) hits / plain.length,
          indexCpu / 1e9, Latency.of(plainCpu), Latency.of(filteredCpu), Latency.of(compares[1]), loadBefore,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    if (!config.keep()) {
      ScratchTree.delete(dir);
    }
    return result;
  }

  private static Filters filters(SplittableRandom r, List<String> provinces) {
    Filters f = Filters.none().withProvince(provinces.get(r.nextInt(provinces.size())));
    return switch (r.nextInt(3)) {
      case 0 -> f.withYear(Draws.FIRST_YEAR + r.nextInt(SyntheticPlans.YEARS));
      case 1 -> f.withRange(2020, 2025);
      default -> Filters.none().withYear(Draws.FIRST_YEAR + r.nextInt(SyntheticPlans.YEARS));
    };
  }

  /**
   * Times comparisons of random indexed district-years with their previous plan, found in the index.
   *
   * @return wall and CPU nanoseconds of each
   */
  private long[][] compare(PlanSearcher searcher, int n, SplittableRandom r) throws IOException {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    PlanPairs pairs = new PlanPairs(searcher);
    PlanJsonReader reader = new PlanJsonReader();
    PlanComparer comparer = new PlanComparer(new TargetAligner(TargetAligner.DEFAULT_THRESHOLD), lexicon);
    int runs = config.compares();
    long[] out = new long[runs];
    long[] outCpu = new long[runs];
    int compared = 0;
    for (int k = -runs / 4; k < runs; k++) {
      SyntheticPlans.Coordinates c = plans.coordinates(r.nextInt(n));
      while (c.year() == Draws.FIRST_YEAR) {
        c = plans.coordinates(r.nextInt(n));
      }
      SyntheticWorld.District d = plans.world().districts().get(c.district());
      long cs = cpu.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      try {
        PlanPairs.Pair pair = pairs.find(d.fullName(), d.province(), c.year(), null);
        if (pair != null && pair.older() != null) {
          comparer.compare(reader.read(searcher.planJson(pair.older())), reader.read(searcher.planJson(pair.newer())));
          compared++;
        }
      } catch (PlanPairs.AmbiguousPlaceException e) {
        throw new IllegalStateException("a district and its province must name one issuer: " + e.getMessage(), e);
      }
      if (k >= 0) {
        out[k] = System.nanoTime() - s;
        outCpu[k] = cpu.getCurrentThreadCpuTime() - cs;
      }
    }
    if (compared == 0) {
      throw new IllegalStateException("no comparison found an earlier plan; index more plans");
    }
    return new long[][] {out, outCpu};
  }

  /** A task over one plan index that may throw. */
  private interface PlanTask {
    void run(int i) throws IOException;
  }

  /** Runs the task for 0..n-1 on the configured threads; returns their CPU time in nanoseconds. */
  private long parallel(int n, PlanTask task) throws InterruptedException, IOException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong cpuNanos = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (int t = 0; t < config.threads(); t++) {
      Thread th = new Thread(() -> {
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try {
          for (int i = next.getAndIncrement(); i < n && failure[0] == null; i = next.getAndIncrement()) {
            task.run(i);
          }
        } catch (IOException | RuntimeException e) {
          failure[0] = e;
        } finally {
          cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
        }
      }, "bench-" + t);
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    if (failure[0] instanceof IOException e) {
      throw e;
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    return cpuNanos.get();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

}
