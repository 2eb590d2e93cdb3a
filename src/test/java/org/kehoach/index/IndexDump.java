package org.kehoach.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Everything a committed index holds, as lines of text: per live document (numbered in index order) its stored
 * fields, doc values and points, and per field every term with the documents, frequencies and positions of its
 * postings. Two indexes whose dumps are equal answer every query alike, so a test of a faster way of indexing
 * compares dumps, not a few searches.
 */
public final class IndexDump {
  private static final HexFormat HEX = HexFormat.of();

  private IndexDump() {}

  /** The dump of the index committed at {@code dir}. */
  public static List<String> of(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      List<String> out = new ArrayList<>();
      int base = 0;
      for (LeafReaderContext leaf : r.leaves()) {
        base = leaf(leaf.reader(), base, out);
      }
      return out;
    }
  }

  /** Dumps one segment whose first live document gets number {@code base}; returns the next number. */
  private static int leaf(LeafReader reader, int base, List<String> out) throws IOException {
    Bits live = reader.getLiveDocs();
    int[] number = new int[reader.maxDoc()];
    int next = base;
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      number[doc] = live == null || live.get(doc) ? next++ : -1;
    }
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (number[doc] >= 0) {
        for (IndexableField f : stored.document(doc).getFields()) {
          out.add(number[doc] + " stored " + f.name() + "=" + storedValue(f));
        }
      }
    }
    for (FieldInfo info : reader.getFieldInfos()) {
      docValues(reader, info, number, out);
      points(reader, info, number, out);
      postings(reader, info, number, out);
    }
    return next;
  }

  private static String storedValue(IndexableField f) {
    if (f.binaryValue() != null) {
      return "bytes:" + HEX.formatHex(f.binaryValue().bytes, f.binaryValue().offset,
          f.binaryValue().offset + f.binaryValue().length);
    }
    return f.numericValue() != null ? f.numericValue().getClass().getSimpleName() + ":" + f.numericValue()
        : "text:" + f.stringValue();
  }

  private static void docValues(LeafReader reader, FieldInfo info, int[] number, List<String> out)
      throws IOException {
    String name = info.name;
    switch (info.getDocValuesType()) {
      case NUMERIC -> {
        NumericDocValues v = reader.getNumericDocValues(name);
        for (int doc = v.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = v.nextDoc()) {
          add(out, number[doc], "numeric " + name + "=" + v.longValue());
        }
      }
      case BINARY -> {
        BinaryDocValues v = reader.getBinaryDocValues(name);
        for (int doc = v.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = v.nextDoc()) {
          add(out, number[doc], "binary " + name + "=" + hex(v.binaryValue()));
        }
      }
      case SORTED -> {
        SortedDocValues v = reader.getSortedDocValues(name);
        for (int doc = v.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = v.nextDoc()) {
          add(out, number[doc], "sorted " + name + "=" + hex(v.lookupOrd(v.ordValue())));
        }
      }
      case SORTED_SET -> {
        SortedSetDocValues v = reader.getSortedSetDocValues(name);
        for (int doc = v.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = v.nextDoc()) {
          for (int i = 0; i < v.docValueCount(); i++) {
            add(out, number[doc], "sortedset " + name + "=" + hex(v.lookupOrd(v.nextOrd())));
          }
        }
      }
      case SORTED_NUMERIC -> {
        SortedNumericDocValues v = reader.getSortedNumericDocValues(name);
        for (int doc = v.nextDoc(); doc != SortedNumericDocValues.NO_MORE_DOCS; doc = v.nextDoc()) {
          for (int i = 0; i < v.docValueCount(); i++) {
            add(out, number[doc], "sortednumeric " + name + "=" + v.nextValue());
          }
        }
      }
      case NONE -> {
        // no doc values in this field
      }
    }
  }

  private static void points(LeafReader reader, FieldInfo info, int[] number, List<String> out)
      throws IOException {
    if (info.getPointDimensionCount() == 0) {
      return;
    }
    PointValues points = reader.getPointValues(info.name);
    if (points == null) {
      return;
    }
    List<String> found = new ArrayList<>();
    points.intersect(new PointValues.IntersectVisitor() {
      @Override
      public void visit(int docID) {
        throw new IllegalStateException("every cell crosses, so every point is visited with its value");
      }

      @Override
      public void visit(int docID, byte[] packedValue) {
        if (number[docID] >= 0) {
          found.add(number[docID] + " point " + info.name + "=" + HEX.formatHex(packedValue));
        }
      }

      @Override
      public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
        return PointValues.Relation.CELL_CROSSES_QUERY;
      }
    });
    // the tree visits points in its own order, not the documents'
    found.sort(null);
    out.addAll(found);
  }

  private static void postings(LeafReader reader, FieldInfo info, int[] number, List<String> out)
      throws IOException {
    Terms terms = reader.terms(info.name);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    boolean positions = terms.hasPositions();
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      pe = te.postings(pe, positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
      for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
        if (number[doc] < 0) {
          continue;
        }
        StringBuilder line = new StringBuilder()
            .append("term ").append(info.name).append(' ').append(hex(term)).append(" doc ").append(number[doc]);
        if (terms.hasFreqs()) {
          line.append(" freq ").append(pe.freq());
          if (positions) {
            for (int i = 0; i < pe.freq(); i++) {
              line.append(" pos ").append(pe.nextPosition());
            }
          }
        }
        out.add(line.toString());
      }
    }
  }

  private static void add(List<String> out, int number, String line) {
    if (number >= 0) {
      out.add(number + " " + line);
    }
  }

  private static String hex(BytesRef b) {
    return HEX.formatHex(b.bytes, b.offset, b.offset + b.length);
  }
}
