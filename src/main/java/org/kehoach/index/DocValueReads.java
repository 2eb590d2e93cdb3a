package org.kehoach.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Reads one document's doc values by its top-level id. */
final class DocValueReads {
  private DocValueReads() {}

  /** The numeric value, or {@code missing} when the document has none. */
  static long numeric(IndexReader reader, int doc, String field, long missing) throws IOException {
    LeafReaderContext leaf = leaf(reader, doc);
    NumericDocValues dv = leaf.reader().getNumericDocValues(field);
    return dv != null && dv.advanceExact(doc - leaf.docBase) ? dv.longValue() : missing;
  }

  /** A copy of the binary value, or {@code null} when the document has none. */
  static byte[] binary(IndexReader reader, int doc, String field) throws IOException {
    LeafReaderContext leaf = leaf(reader, doc);
    BinaryDocValues dv = leaf.reader().getBinaryDocValues(field);
    if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    BytesRef b = dv.binaryValue();
    byte[] out = new byte[b.length];
    System.arraycopy(b.bytes, b.offset, out, 0, b.length);
    return out;
  }

  /** The plan JSON stored with the source file of this sha256, or {@code null} when the file is unknown. */
  static byte[] sourceJson(IndexSearcher searcher, String sha) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.SRC_SHA, sha)), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    byte[] json = binary(searcher.getIndexReader(), top.scoreDocs[0].doc, Fields.SRC_JSON);
    if (json == null) {
      throw new IllegalStateException("source " + sha + " has no stored plan JSON");
    }
    return json;
  }

  private static LeafReaderContext leaf(IndexReader reader, int doc) {
    List<LeafReaderContext> leaves = reader.leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }
}
