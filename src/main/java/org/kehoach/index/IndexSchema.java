package org.kehoach.index;

import org.apache.lucene.facet.FacetsConfig;

/** Settings the writer and the searchers must agree on. */
final class IndexSchema {
  /** Written into each commit's user data; bump it when the document layout changes. */
  static final String VERSION = "1";

  private IndexSchema() {}

  /**
   * The facet configuration: every dimension single-valued, flat, in the default facet field, counted only
   * (filters use the keyword fields, so no drill-down terms are indexed).
   */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : Fields.DIMS) {
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }
}
