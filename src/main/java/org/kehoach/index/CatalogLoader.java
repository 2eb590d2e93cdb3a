package org.kehoach.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Rebuilds the {@link Catalog} of an existing index from doc values (no stored fields are read, so opening an
 * index of 100,000 plans stays fast), and repairs what an interrupted writer can leave behind: sources whose
 * plan version is missing, versions without a source, and version numbers that were not updated.
 */
final class CatalogLoader {
  private CatalogLoader() {}

  private record PlanRow(String vid, String series, String issued, long seq, long version, long superseded,
      long versions, byte[] sources) {}

  static Catalog load(IndexWriter writer) throws IOException {
    Catalog catalog = new Catalog();
    List<PlanRow> plans = new ArrayList<>();
    List<Catalog.Source> sources = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        readPlans(ctx.reader(), plans);
        readSources(ctx.reader(), sources);
      }
    }
    Map<String, PlanRow> stored = new HashMap<>();
    for (PlanRow p : plans) {
      if (stored.putIfAbsent(p.vid(), p) == null) {
        catalog.addVersion(p.vid(), p.series(), p.issued().isEmpty() ? null : p.issued(), p.seq());
      }
    }
    sources.sort(Comparator.comparingLong(Catalog.Source::seq));
    for (Catalog.Source s : sources) {
      if (catalog.version(s.versionId()) == null || catalog.source(s.sha()) != null) {
        writer.deleteDocuments(new Term(Fields.SRC_SHA, s.sha()));
      } else {
        catalog.addSource(s);
      }
    }
    for (Catalog.Version v : catalog.versions()) {
      if (v.sources.isEmpty()) {
        writer.deleteDocuments(new Term(Fields.VID, v.id));
        catalog.removeVersion(v);
      }
    }
    for (String series : catalog.seriesKeys()) {
      List<Catalog.Version> changed = catalog.renumber(series);
      int size = catalog.seriesSize(series);
      boolean countWrong = false;
      for (Catalog.Version v : changed) {
        PlanRow p = stored.get(v.id);
        countWrong |= p.versions() != size;
        if (p.version() != v.number || (p.superseded() == 1) != v.superseded) {
          writer.updateNumericDocValue(new Term(Fields.PLAN_VID, v.id), Fields.VERSION, v.number);
          writer.updateNumericDocValue(new Term(Fields.VID, v.id), Fields.SUPERSEDED, v.superseded ? 1 : 0);
        }
        BytesRef encoded = SourceList.encode(v.sources);
        if (p.sources() == null || !encoded.bytesEquals(new BytesRef(p.sources()))) {
          writer.updateBinaryDocValue(new Term(Fields.PLAN_VID, v.id), Fields.SOURCES, encoded);
        }
      }
      if (countWrong) {
        writer.updateNumericDocValue(new Term(Fields.SERIES, series), Fields.VERSIONS, size);
      }
    }
    return catalog;
  }

  private static void readPlans(LeafReader r, List<PlanRow> out) throws IOException {
    SortedDocValues vid = r.getSortedDocValues(Fields.PLAN_VID);
    if (vid == null) {
      return;
    }
    SortedDocValues series = r.getSortedDocValues(Fields.PLAN_SERIES);
    SortedDocValues issued = r.getSortedDocValues(Fields.PLAN_ISSUED);
    NumericDocValues seq = r.getNumericDocValues(Fields.PLAN_SEQ);
    NumericDocValues version = r.getNumericDocValues(Fields.VERSION);
    NumericDocValues superseded = r.getNumericDocValues(Fields.SUPERSEDED);
    NumericDocValues versions = r.getNumericDocValues(Fields.VERSIONS);
    BinaryDocValues sources = r.getBinaryDocValues(Fields.SOURCES);
    Bits live = r.getLiveDocs();
    for (int doc = vid.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = vid.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      out.add(new PlanRow(vid.lookupOrd(vid.ordValue()).utf8ToString(), string(series, doc), string(issued, doc),
          number(seq, doc), number(version, doc), number(superseded, doc), number(versions, doc),
          bytes(sources, doc)));
    }
  }

  private static void readSources(LeafReader r, List<Catalog.Source> out) throws IOException {
    SortedDocValues sha = r.getSortedDocValues(Fields.SRC_SHA);
    if (sha == null) {
      return;
    }
    SortedDocValues vid = r.getSortedDocValues(Fields.SRC_VID);
    SortedDocValues file = r.getSortedDocValues(Fields.SRC_FILE);
    SortedDocValues format = r.getSortedDocValues(Fields.SRC_FORMAT);
    NumericDocValues seq = r.getNumericDocValues(Fields.SRC_SEQ);
    Bits live = r.getLiveDocs();
    for (int doc = sha.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sha.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      out.add(new Catalog.Source(sha.lookupOrd(sha.ordValue()).utf8ToString(), string(vid, doc),
          string(file, doc), string(format, doc), number(seq, doc)));
    }
  }

  private static String string(SortedDocValues dv, int doc) throws IOException {
    return dv != null && dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : "";
  }

  private static byte[] bytes(BinaryDocValues dv, int doc) throws IOException {
    if (dv == null || !dv.advanceExact(doc)) {
      return null;
    }
    BytesRef b = dv.binaryValue();
    return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
  }

  private static long number(NumericDocValues dv, int doc) throws IOException {
    return dv != null && dv.advanceExact(doc) ? dv.longValue() : 0;
  }
}
