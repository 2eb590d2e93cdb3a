package org.kehoach.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Builds {@link PlanInfo} from a plan or target document of one point-in-time searcher: the stored
 * metadata, the version number and flag from doc values, the number of versions of the series and the
 * version's source files. Lives for one call; not thread-safe.
 */
final class PlanInfoReader {
  private final IndexSearcher searcher;

  PlanInfoReader(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  PlanInfo read(int doc, Document d) {
    try {
      String vid = d.get(Fields.VID);
      int versions = searcher.count(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.SERIES, d.get(Fields.SERIES))), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PLAN)), BooleanClause.Occur.FILTER)
          .build());
      Long budget = d.getField(Fields.BUDGET_TOTAL) == null ? null
          : d.getField(Fields.BUDGET_TOTAL).numericValue().longValue();
      return new PlanInfo(vid, d.get(Fields.ISSUER_KEY), d.get(Fields.TOPIC), d.get(Fields.PROVINCE),
          d.get(Fields.DISTRICT), d.get(Fields.COMMUNE), d.get(Fields.LEVEL), d.get(Fields.ISSUER_NAME),
          PlanSearcher.integer(d, Fields.YEAR), PlanSearcher.integer(d, Fields.PERIOD_FROM),
          PlanSearcher.integer(d, Fields.PERIOD_TO), d.get(Fields.NUMBER), d.get(Fields.TITLE),
          d.get(Fields.ISSUED), (int) docValue(doc, Fields.VERSION), versions,
          docValue(doc, Fields.SUPERSEDED) == 1, sources(vid, d.get(Fields.PRIMARY_SHA)), budget);
    } catch (IOException e) {
      throw new UncheckedIOException("reading plan metadata of document " + doc, e);
    }
  }

  private long docValue(int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues dv = leaf.reader().getNumericDocValues(field);
    return dv != null && dv.advanceExact(doc - leaf.docBase) ? dv.longValue() : 0;
  }

  /** The version's files, the primary first, then by when they were indexed. */
  private List<PlanInfo.SourceRef> sources(String vid, String primary) throws IOException {
    TopDocs top = searcher.search(PlanSearcher.sourcesOf(vid), 100);
    StoredFields stored = searcher.storedFields();
    List<long[]> order = new ArrayList<>();
    List<PlanInfo.SourceRef> refs = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document s = stored.document(sd.doc, java.util.Set.of(Fields.SRC_SHA, Fields.SRC_FILE, Fields.SRC_FORMAT,
          Fields.SRC_SEQ));
      String sha = s.get(Fields.SRC_SHA);
      long seq = s.getField(Fields.SRC_SEQ).numericValue().longValue();
      order.add(new long[] {sha.equals(primary) ? 0 : 1, seq, refs.size()});
      refs.add(new PlanInfo.SourceRef(s.get(Fields.SRC_FILE), s.get(Fields.SRC_FORMAT), sha));
    }
    order.sort(Comparator.<long[]>comparingLong(o -> o[0]).thenComparingLong(o -> o[1]));
    List<PlanInfo.SourceRef> out = new ArrayList<>();
    for (long[] o : order) {
      out.add(refs.get((int) o[2]));
    }
    return out;
  }
}
