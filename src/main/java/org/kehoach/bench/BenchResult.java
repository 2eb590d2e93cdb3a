package org.kehoach.bench;

import java.util.List;
import java.util.Map;

/**
 * What the benchmark measured at one index size.
 *
 * @param plans plans indexed
 * @param distinctPlans distinct plans the index holds: revised editions are versions of one plan
 * @param versions plan versions the index holds
 * @param targets target documents in the index
 * @param generateSeconds time to generate the plans' JSON (not part of indexing)
 * @param indexSeconds wall time to parse and index every plan JSON and commit
 * @param indexThreads threads that indexed
 * @param indexBytes index size on disk
 * @param openMillis time to open the committed index for searching
 * @param search search latency without filters, every query of the fixed set
 * @param searchFiltered the same queries with province, year and year-range filters
 * @param perQuery latency per query text (unfiltered)
 * @param compare latency of one district-year comparison: finding both plans, loading them, comparing
 * @param meanHits mean number of matching targets per unfiltered query
 * @param indexCpuSeconds CPU time of the indexing threads and the commit (Lucene's background merges not
 *     included): what indexing costs whatever else the machine runs
 * @param searchCpu CPU time of each unfiltered search
 * @param searchFilteredCpu CPU time of each filtered search
 * @param compareCpu CPU time of each comparison
 * @param loadBefore the system load average (1 minute) when the run started, -1 when unknown
 * @param loadAfter the same when it ended
 */
public record BenchResult(
    int plans, int distinctPlans, int versions, long targets, double generateSeconds, double indexSeconds, int indexThreads,
    long indexBytes, double openMillis, Latency search, Latency searchFiltered, Map<String, Latency> perQuery,
    Latency compare, double meanHits, double indexCpuSeconds, Latency searchCpu, Latency searchFilteredCpu,
    Latency compareCpu, double loadBefore, double loadAfter) {
  public BenchResult {
    perQuery = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perQuery));
  }

  public double plansPerSecond() {
    return plans / indexSeconds;
  }

  /** Plans indexed per CPU-second: the rate one idle core would reach. */
  public double plansPerCpuSecond() {
    return plans / indexCpuSeconds;
  }

  /** The queries of the fixed set, in order. */
  public static final List<String> QUERIES = List.of(
      "tiem chung", "tiêm chủng đầy đủ", "tiêm đủ 8 loại vắc xin", "đuối nước", "TNTT", "suy dinh dưỡng thấp còi",
      "\"hoàn cảnh đặc biệt\"", "bỏ học", "đăng ký khai sinh", "trẻ em bị xâm hại", "HIV từ mẹ sang con",
      "Tai nạn thương tích", "xã phường phù hợp với trẻ em", "tỷ lệ trẻ em");
}
