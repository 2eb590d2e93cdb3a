package org.kehoach.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Builds {@link PlanInfo} from a plan or target document of one point-in-time searcher: the stored
 * metadata, and from doc values the version number and flag, the number of versions of the series and the
 * version's source files. No further lookups, so a page of results costs only its own documents.
 */
final class PlanInfoReader {
  private final IndexSearcher searcher;

  PlanInfoReader(IndexSearcher searcher) {
    this.searcher = searcher;
  }

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
