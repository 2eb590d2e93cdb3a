package org.kehoach.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Builds {@link PlanInfo} from the plan document of a version in one point-in-time searcher: the stored
 * metadata, and from doc values the version number and flag, the number of versions of the series and the
 * version's source files. Lives for one call; not thread-safe.
 */
final class PlanInfoReader {
  private final IndexSearcher searcher;
  private final StoredFields stored;

  PlanInfoReader(IndexSearcher searcher, StoredFields stored) {
    this.searcher = searcher;
    this.stored = stored;
  }

  /**
   * The plan of a version, from its plan document. The plan document was written in one block with its
   * targets, so it is looked for first in the segment of {@code nearDoc} (one of its targets), then in the
   * others, by a direct term seek rather than a query.
   *
   * @throws IllegalStateException when the index lacks the plan document
   */
  PlanInfo byVersion(String vid, int nearDoc) {
    try {
      BytesRef term = new BytesRef(vid);
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      int first = ReaderUtil.subIndex(nearDoc, leaves);
      for (int k = 0; k < leaves.size(); k++) {
        LeafReaderContext leaf = leaves.get(k == 0 ? first : k <= first ? k - 1 : k);
        int doc = find(leaf, term);
        if (doc >= 0) {
          int global = leaf.docBase + doc;
          return read(global, stored.document(global));
        }
      }
      throw new IllegalStateException("plan version " + vid + " has targets but no plan document");
    } catch (IOException e) {
      throw new UncheckedIOException("reading plan version " + vid, e);
    }
  }

  /** The live document of the leaf with this plan version id, or -1. */
  private static int find(LeafReaderContext leaf, BytesRef vid) throws IOException {
    Terms terms = leaf.reader().terms(Fields.PLAN_VID);
    if (terms == null) {
      return -1;
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(vid)) {
      return -1;
    }
    Bits live = leaf.reader().getLiveDocs();
    PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
      if (live == null || live.get(d)) {
        return d;
      }
    }
    return -1;
  }

  /** The plan of a plan document. */
  PlanInfo read(int doc, Document d) {
    try {
      IndexReader reader = searcher.getIndexReader();
      Long budget = d.getField(Fields.BUDGET_TOTAL) == null ? null
          : d.getField(Fields.BUDGET_TOTAL).numericValue().longValue();
      return new PlanInfo(d.get(Fields.VID), d.get(Fields.ISSUER_KEY), d.get(Fields.TOPIC), d.get(Fields.PROVINCE),
          d.get(Fields.DISTRICT), d.get(Fields.COMMUNE), d.get(Fields.LEVEL), d.get(Fields.ISSUER_NAME),
          PlanSearcher.integer(d, Fields.YEAR), PlanSearcher.integer(d, Fields.PERIOD_FROM),
          PlanSearcher.integer(d, Fields.PERIOD_TO), d.get(Fields.NUMBER), d.get(Fields.TITLE),
          d.get(Fields.ISSUED), (int) DocValueReads.numeric(reader, doc, Fields.VERSION, 1),
          (int) DocValueReads.numeric(reader, doc, Fields.VERSIONS, 1),
          DocValueReads.numeric(reader, doc, Fields.SUPERSEDED, 0) == 1,
          SourceList.decode(DocValueReads.binary(reader, doc, Fields.SOURCES)), budget);
    } catch (IOException e) {
      throw new UncheckedIOException("reading plan metadata of document " + doc, e);
    }
  }
}
