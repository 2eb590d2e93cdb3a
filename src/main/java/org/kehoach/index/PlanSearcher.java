package org.kehoach.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Reads the plan index: ranked targets grouped by plan with facet counts ({@link #search}), plan versions by
 * place and year ({@link #plans}), and a version's plan JSON ({@link #planJson}). Each call works on one
 * point-in-time view, refreshed when the index changed. Thread-safe.
 */
public final class PlanSearcher implements Closeable {
  /** How many hits the ranking pass counts before it may prune; the total comes from the facet pass. */
  private static final int PRUNE_AFTER = 1000;
  /** How many of the best hits are re-ranked by the exact-spelling bonus. */
  private static final int RERANK_WINDOW = 200;
  /** The weight of an exact-spelling match when re-ranking (its BM25 score is added at this weight). */
  private static final float EXACT_BONUS = 0.5f;

  private final ReaderSource readers;
  private final QueryFactory queries;
  private final FacetCounter facets;
  private final IndicatorLexicon lexicon;
  private final ObjectMapper mapper;
  private final IndexAnalyzers ownedAnalyzers;

  PlanSearcher(ReaderSource readers, IndexAnalyzers analyzers, FacetsConfig facetsConfig, PlanKeys keys,
      IndicatorLexicon lexicon, ObjectMapper mapper) {
    this(readers, analyzers, facetsConfig, keys, lexicon, mapper, null);
  }

  private PlanSearcher(ReaderSource readers, IndexAnalyzers analyzers, FacetsConfig facetsConfig, PlanKeys keys,
      IndicatorLexicon lexicon, ObjectMapper mapper, IndexAnalyzers owned) {
    this.readers = readers;
    this.queries = new QueryFactory(analyzers.perField(), keys);
    this.facets = new FacetCounter(facetsConfig);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.mapper = mapper;
    this.ownedAnalyzers = owned;
  }

  /**
   * Opens the committed index at {@code dir} for reading.
   *
   * @throws IllegalArgumentException when {@code dir} holds no index
   */
  public static PlanSearcher open(Path dir, IndicatorLexicon lexicon) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no index at " + dir + " (index plans first: kehoach index FILE...)");
    }
    FSDirectory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IllegalArgumentException("no index at " + dir + " (index plans first: kehoach index FILE...)");
    }
    IndexAnalyzers analyzers = IndexAnalyzers.standard();
    return new PlanSearcher(ReaderSource.open(directory), analyzers, IndexSchema.facetsConfig(),
        PlanKeys.standard(), lexicon, new ObjectMapper(), analyzers);
  }

  /** Finds targets. */
  public SearchResult search(SearchRequest request) throws IOException {
    List<String> named = request.query().isBlank() ? List.of() : lexicon.named(request.query());
    Query query = queries.targets(request.query(), named, request.filters());
    IndexSearcher searcher = readers.acquire();
    try {
      // two passes: every match, unscored, for the exact total and the facet counts; then the best targets,
      // scored with block-max pruning, which skips blocks that cannot reach the top (clauses carry no
      // length norms, so scores cluster and whole blocks drop out of broad queries)
      FacetsCollector all = searcher.search(query, new FacetsCollectorManager());
      long total = all.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
      Map<String, List<SearchResult.FacetCount>> counts = facets.count(searcher, all, readers.executor());
      TopDocs top = searcher.search(query,
          new TopScoreDocCollectorManager(Math.max(request.limit(), RERANK_WINDOW), null, PRUNE_AFTER));
      top = rerank(searcher, top, queries.exact(request.query()), request.limit());
      StoredFields stored = searcher.storedFields();
      PlanInfoReader infos = new PlanInfoReader(searcher, stored);
      Map<String, List<TargetHit>> groups = new LinkedHashMap<>();
      Map<String, PlanInfo> plans = new LinkedHashMap<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc);
        String vid = d.get(Fields.VID);
        PlanInfo plan = plans.computeIfAbsent(vid, k -> infos.byVersion(k, sd.doc));
        groups.computeIfAbsent(vid, k -> new ArrayList<>()).add(targetHit(sd.score, d, plan));
      }
      List<SearchResult.PlanHit> hits = new ArrayList<>();
      groups.forEach((vid, targets) -> hits.add(new SearchResult.PlanHit(plans.get(vid), targets)));
      return new SearchResult(request.query(), total, hits, counts, named, indicatorNames(named, counts, hits));
    } finally {
      readers.release(searcher);
    }
  }

  private Map<String, String> indicatorNames(List<String> named, Map<String, List<SearchResult.FacetCount>> counts,
      List<SearchResult.PlanHit> hits) {
    Set<String> ids = new TreeSet<>(named);
    counts.getOrDefault(Fields.DIM_INDICATOR, List.of()).forEach(c -> ids.add(c.label()));
    hits.forEach(h -> h.targets().forEach(t -> {
      if (t.indicator() != null) {
        ids.add(t.indicator());
      }
    }));
    Map<String, String> names = new TreeMap<>();
    for (String id : ids) {
      lexicon.name(id).ifPresent(n -> names.put(id, n));
    }
    return names;
  }

  /** The best {@code limit} hits after adding the exact-spelling bonus to those that match as typed. */
  private static TopDocs rerank(IndexSearcher searcher, TopDocs top, Query exact, int limit) throws IOException {
    if (exact == null) {
      return new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, Math.min(limit, top.scoreDocs.length)));
    }
    return new QueryRescorer(exact) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? firstPassScore + EXACT_BONUS * secondPassScore : firstPassScore;
      }
    }.rescore(searcher, top, limit);
  }

  /**
   * The plan versions that pass the filters (indicator and unit ignored) and, when given, have this issuer
   * key; latest plan year first, then latest version.
   */
  public List<PlanInfo> plans(Filters filters, String issuerKey) throws IOException {
    Query query = queries.plans(filters, issuerKey);
    IndexSearcher searcher = readers.acquire();
    try {
      int n = Math.max(1, searcher.count(query));
      TopDocs top = searcher.search(query, n, new Sort(new SortField(Fields.PLAN_SEQ, SortField.Type.LONG, true)));
      StoredFields stored = searcher.storedFields();
      PlanInfoReader infos = new PlanInfoReader(searcher, stored);
      List<PlanInfo> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(infos.read(sd.doc, stored.document(sd.doc)));
      }
      out.sort(Comparator.comparing((PlanInfo p) -> p.year() == null ? Integer.MIN_VALUE : p.year())
          .thenComparing(p -> p.issuedDate() == null ? "" : p.issuedDate())
          .thenComparingInt(PlanInfo::version).reversed());
      return out;
    } finally {
      readers.release(searcher);
    }
  }

  /** The plan JSON of a version, as its primary source file gave it. */
  public JsonNode planJson(PlanInfo plan) throws IOException {
    if (plan.sources().isEmpty()) {
      throw new IllegalStateException("plan version " + plan.versionId() + " has no source");
    }
    String sha = plan.sources().get(0).sha256();
    IndexSearcher searcher = readers.acquire();
    try {
      byte[] json = DocValueReads.sourceJson(searcher, sha);
      if (json == null) {
        throw new IllegalStateException("source " + sha + " of plan version " + plan.versionId() + " is missing");
      }
      return mapper.readTree(json);
    } finally {
      readers.release(searcher);
    }
  }

  /** How many documents of each kind the current view holds: plans, targets, sources. */
  public long[] counts() throws IOException {
    IndexSearcher searcher = readers.acquire();
    try {
      long[] out = new long[3];
      String[] types = {Fields.TYPE_PLAN, Fields.TYPE_TARGET, Fields.TYPE_SOURCE};
      for (int i = 0; i < 3; i++) {
        out[i] = searcher.count(new TermQuery(new Term(Fields.TYPE, types[i])));
      }
      return out;
    } finally {
      readers.release(searcher);
    }
  }

  /** A hit; its span points into the version's primary file, the first of the plan's sources. */
  private static TargetHit targetHit(float score, Document d, PlanInfo plan) {
    String file = plan.sources().isEmpty() ? null : plan.sources().get(0).file();
    return new TargetHit(score, intValue(d, Fields.ORDINAL), d.get(Fields.INDICATOR), d.get(Fields.NAME),
        d.get(Fields.TEXT), d.getField(Fields.VALUE).numericValue().doubleValue(),
        d.getField(Fields.VALUE_MAX) == null ? null : d.getField(Fields.VALUE_MAX).numericValue().doubleValue(),
        d.get(Fields.UNIT), d.get(Fields.COMPARATOR), d.get(Fields.DIRECTION), integer(d, Fields.DUE_YEAR), file,
        intValue(d, Fields.SPAN_START), intValue(d, Fields.SPAN_END), integer(d, Fields.SPAN_PAGE));
  }

  static Integer integer(Document d, String field) {
    return d.getField(field) == null ? null : d.getField(field).numericValue().intValue();
  }

  private static int intValue(Document d, String field) {
    return d.getField(field).numericValue().intValue();
  }

  @Override
  public void close() throws IOException {
    try {
      readers.close();
    } finally {
      if (ownedAnalyzers != null) {
        ownedAnalyzers.close();
      }
    }
  }
}
