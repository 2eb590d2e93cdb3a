package org.kehoach.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kehoach.model.Plan;

/**
 * The writer of the plan index at one directory (created when missing). {@link #add} indexes one plan JSON
 * under the sha256 of its source file:
 *
 * <ul>
 *   <li>the same sha256 again replaces the earlier copy, never duplicates it;
 *   <li>a file whose plan has the same series, number and issue date as an indexed one (the .docx of an
 *       indexed .pdf) becomes another source of that plan version, even if it was read a little differently;
 *       the version's targets are those of its first file (the primary), which their spans point into;
 *   <li>a file of the same series with another number or date is a new version; versions are numbered by
 *       issue date and all but the latest are flagged superseded (see {@link PlanKeys}).
 * </ul>
 *
 * Thread-safe: adds of different plans run in parallel, adds touching one series are serialized. Changes
 * become durable on {@link #commit} and {@link #close}; {@link #searcher} sees them at once. One writer per
 * directory at a time (Lucene's write lock enforces it).
 */
public final class PlanIndex implements Closeable {
  /** The index directory when none is given. */
  public static final Path DEFAULT_DIR = Path.of("output", "index");

  private static final int STRIPES = 64;
  private static final double MAX_SEGMENT_MB = 200;

  private final Directory directory;
  private final IndexWriter writer;
  private final IndexAnalyzers analyzers;
  private final FacetsConfig facetsConfig;
  private final PlanKeys keys;
  private final PlanDocuments documents;
  private final PlanJsonReader reader = new PlanJsonReader();
  private final PlanModelReader models = new PlanModelReader();
  private final ObjectMapper mapper;
  private final Catalog catalog;
  private final StripedLocks locks = new StripedLocks(STRIPES);

  private PlanIndex(Directory directory, IndexWriter writer, IndexAnalyzers analyzers, ObjectMapper mapper)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.analyzers = analyzers;
    this.facetsConfig = IndexSchema.facetsConfig();
    this.keys = PlanKeys.standard();
    this.documents = new PlanDocuments(facetsConfig, keys);
    this.mapper = mapper;
    this.catalog = CatalogLoader.load(writer);
  }

  /** Opens (or creates) the index at {@code dir} with the standard analyzers. */
  public static PlanIndex open(Path dir) throws IOException {
    return open(dir, IndexAnalyzers.standard(), 64);
  }

  /**
   * Opens (or creates) the index at {@code dir}.
   *
   * @param analyzers the analyzers; the index closes them when it closes
   * @param ramBufferMb how much to buffer before flushing a segment
   */
  public static PlanIndex open(Path dir, IndexAnalyzers analyzers, double ramBufferMb) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(analyzers, "analyzers");
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb)
        // plain segment files: packing each flushed segment into a compound file copies it once more
        .setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    // segments of a few hundred MB at most: a query searches segments in parallel, one thread per core, and
    // one giant segment would leave the other cores idle
    merges.setMaxMergedSegmentMB(MAX_SEGMENT_MB);
    config.setMergePolicy(merges);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    return new PlanIndex(directory, writer, analyzers, new ObjectMapper());
  }

  /** Indexes a plan JSON file under the sha256 its {@code source.sha256} names. */
  public AddResult index(Path jsonFile) throws IOException {
    JsonNode plan;
    try (InputStream in = Files.newInputStream(jsonFile)) {
      plan = mapper.readTree(in);
    }
    try {
      return add(plan, null);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(jsonFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * Indexes one plan.
   *
   * @param plan plan JSON in the shape of {@code plan.schema.json}
   * @param sha256 the sha256 of the plan's source file; {@code null} to take {@code source.sha256}
   * @throws IllegalArgumentException when the JSON lacks a part the index needs (the message names it)
   */
  public AddResult add(JsonNode plan, String sha256) throws IOException {
    PlanRecord record = reader.read(plan);
    return add(record, sha256 != null ? sha256 : record.source().sha256(), mapper.writeValueAsBytes(plan));
  }

  /**
   * Indexes a plan just parsed, under its {@code source.sha256}, as {@link #add(JsonNode, String)} indexes its
   * JSON, without reading that JSON back.
   *
   * @param json the plan's JSON as {@link #add(JsonNode, String)} stores it: compact UTF-8, the bytes the
   *     mapper writes for the plan's JSON tree; the caller vouches that it is this plan's
   * @throws IllegalArgumentException when a target's value is not a finite number
   */
  public AddResult add(Plan plan, byte[] json) throws IOException {
    Objects.requireNonNull(json, "json");
    return add(models.read(plan), plan.source().sha256(), json);
  }

  private AddResult add(PlanRecord record, String sha, byte[] json) throws IOException {
    PlanIdentity id = PlanIdentity.of(record, keys);
    while (true) {
      Catalog.Source old = catalog.source(sha);
      Catalog.Version oldVersion = old == null ? null : catalog.version(old.versionId());
      List<ReentrantLock> held = locks.lock(sha, id.series(), oldVersion == null ? null : oldVersion.series);
      try {
        if (catalog.source(sha) != old) {
          continue; // another thread changed this file meanwhile: decide again
        }
        return addLocked(record, sha, id, json, old);
      } finally {
        StripedLocks.unlock(held);
      }
    }
  }

  private AddResult addLocked(PlanRecord record, String sha, PlanIdentity id, byte[] json, Catalog.Source old)
      throws IOException {
    String file = record.source().file();
    String format = record.source().format().jsonName();
    if (old != null && old.versionId().equals(id.versionId())) {
      Catalog.Source replaced = new Catalog.Source(sha, id.versionId(), file, format, old.seq());
      Catalog.Version v = catalog.replaceSource(replaced);
      writer.updateDocument(new Term(Fields.SRC_SHA, sha), documents.source(replaced, json));
      if (v.primary().sha().equals(sha)) {
        writer.updateDocuments(new Term(Fields.VID, v.id),
            documents.version(record, id, v, catalog.seriesSize(v.series)));
      } else {
        updateSources(v);
      }
      return result(AddResult.Status.REPLACED, v, record);
    }
    if (old != null) {
      removeLocked(old);
    }
    Catalog.Source source = new Catalog.Source(sha, id.versionId(), file, format, catalog.nextSeq());
    Catalog.Version existing = catalog.version(id.versionId());
    if (existing != null) {
      catalog.addSource(source);
      writer.addDocument(documents.source(source, json));
      updateSources(existing);
      return result(old != null ? AddResult.Status.REPLACED : AddResult.Status.NEW_SOURCE, existing, record);
    }
    Catalog.Version v = catalog.addVersion(id.versionId(), id.series(), record.document().issuedDate(),
        source.seq());
    catalog.addSource(source);
    List<Catalog.Version> changed = catalog.renumber(id.series());
    int versions = catalog.seriesSize(id.series());
    List<Document> docs = new ArrayList<>();
    docs.add(documents.source(source, json));
    docs.addAll(documents.version(record, id, v, versions));
    writer.addDocuments(docs);
    if (versions > 1) {
      seriesChanged(id.series(), changed, v);
    }
    AddResult.Status status = old != null ? AddResult.Status.REPLACED
        : versions > 1 ? AddResult.Status.NEW_VERSION : AddResult.Status.NEW_PLAN;
    return result(status, v, record);
  }

  /**
   * Removes the file with this sha256 from the index; its plan version goes too when it was the last source.
   *
   * @return whether the file was indexed
   */
  public boolean remove(String sha256) throws IOException {
    Objects.requireNonNull(sha256, "sha256");
    while (true) {
      Catalog.Source old = catalog.source(sha256);
      if (old == null) {
        return false;
      }
      Catalog.Version v = catalog.version(old.versionId());
      List<ReentrantLock> held = locks.lock(sha256, v.series);
      try {
        if (catalog.source(sha256) != old) {
          continue;
        }
        removeLocked(old);
        return true;
      } finally {
        StripedLocks.unlock(held);
      }
    }
  }

  private void removeLocked(Catalog.Source old) throws IOException {
    Catalog.Version v = catalog.version(old.versionId());
    boolean wasPrimary = v.primary().sha().equals(old.sha());
    catalog.removeSource(old.sha());
    writer.deleteDocuments(new Term(Fields.SRC_SHA, old.sha()));
    if (v.sources.isEmpty()) {
      writer.deleteDocuments(new Term(Fields.VID, v.id));
      catalog.removeVersion(v);
      seriesChanged(v.series, catalog.renumber(v.series), null);
    } else if (wasPrimary) {
      // the targets pointed into the file that left: point them into the next source
      PlanRecord next = reader.read(storedJson(v.primary().sha()));
      writer.updateDocuments(new Term(Fields.VID, v.id),
          documents.version(next, PlanIdentity.of(next, keys), v, catalog.seriesSize(v.series)));
    } else {
      updateSources(v);
    }
  }

  /** Writes the new numbering of a series whose versions came or went; {@code fresh} was just written. */
  private void seriesChanged(String series, List<Catalog.Version> changed, Catalog.Version fresh)
      throws IOException {
    for (Catalog.Version c : changed) {
      if (c != fresh) {
        writer.updateNumericDocValue(new Term(Fields.PLAN_VID, c.id), Fields.VERSION, c.number);
        writer.updateNumericDocValue(new Term(Fields.VID, c.id), Fields.SUPERSEDED, c.superseded ? 1 : 0);
      }
    }
    int size = catalog.seriesSize(series);
    if (size > 0) {
      writer.updateNumericDocValue(new Term(Fields.SERIES, series), Fields.VERSIONS, size);
    }
  }

  private void updateSources(Catalog.Version v) throws IOException {
    writer.updateBinaryDocValue(new Term(Fields.PLAN_VID, v.id), Fields.SOURCES, SourceList.encode(v.sources));
  }

  private JsonNode storedJson(String sha) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      byte[] json = DocValueReads.sourceJson(new IndexSearcher(r), sha);
      if (json == null) {
        throw new IllegalStateException("source " + sha + " is in the catalog but not in the index");
      }
      return mapper.readTree(json);
    }
  }


  private AddResult result(AddResult.Status status, Catalog.Version v, PlanRecord record) {
    return new AddResult(status, v.id, v.number, catalog.seriesSize(v.series), v.sources.size(),
        record.targets().size());
  }

  /** Makes every change so far durable. */
  public void commit() throws IOException {
    Map<String, String> data = new HashMap<>();
    data.put("kehoach.schema", IndexSchema.VERSION);
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  /** Whether the source file with this sha256 is indexed (committed or not). */
  public boolean contains(String sha256) {
    return catalog.source(Objects.requireNonNull(sha256, "sha256")) != null;
  }

  /** How many source files the index holds. */
  public int sourceCount() {
    return catalog.sourceCount();
  }

  public int versionCount() {
    return catalog.versionCount();
  }

  /** How many distinct plans (series of versions) the index holds. */
  public int planCount() {
    return catalog.seriesCount();
  }

  /**
   * A searcher over this index that sees every change made through this writer, committed or not. It shares
   * the writer's resources: close it before the index.
   */
  public synchronized PlanSearcher searcher(IndicatorLexicon lexicon) throws IOException {
    return new PlanSearcher(ReaderSource.of(writer), analyzers, facetsConfig, keys, lexicon, mapper);
  }

  /** Commits and closes the writer, its analyzers and the directory. */
  @Override
  public synchronized void close() throws IOException {
    try {
      commit();
      writer.close();
    } finally {
      analyzers.close();
      directory.close();
    }
  }
}
