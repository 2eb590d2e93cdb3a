package org.kehoach.index;

import java.io.Closeable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.kehoach.index.analysis.Abbreviations;
import org.kehoach.index.analysis.VietnameseAnalyzer;

/**
 * The analyzers of the index, per field: exact for {@link Fields#EXACT_FIELDS}, folded for every other text
 * field. The writer and the searcher take the same instance's {@link #perField()}, so index and query time
 * always analyze alike. Thread-safe; close it after the writer and searchers that use it.
 */
public final class IndexAnalyzers implements Closeable {
  private final VietnameseAnalyzer exact;
  private final VietnameseAnalyzer folded;
  private final Analyzer perField;

  public IndexAnalyzers(Abbreviations abbreviations) {
    Objects.requireNonNull(abbreviations, "abbreviations");
    this.exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, abbreviations);
    this.folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, abbreviations);
    Map<String, Analyzer> map = new HashMap<>();
    for (String f : Fields.EXACT_FIELDS) {
      map.put(f, exact);
    }
    this.perField = new PerFieldAnalyzerWrapper(folded, map);
  }

  /** The analyzers with the shipped abbreviation list. */
  public static IndexAnalyzers standard() {
    return new IndexAnalyzers(Abbreviations.standard());
  }

  public Analyzer perField() {
    return perField;
  }

  @Override
  public void close() {
    perField.close();
    exact.close();
    folded.close();
  }
}
