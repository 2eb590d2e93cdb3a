package org.kehoach.index;

import org.apache.lucene.facet.FacetsConfig;

/** Settings the writer and the searchers must agree on. */
final class IndexSchema {
  /** Written into each commit's user data; bump it when the document layout changes. */
  static final String VERSION = "1";

  private IndexSchema() {}

  /** The facet configuration: every dimension single-valued, flat, in the default facet field. */
  static FacetsConfig facetsConfig() {
    return new FacetsConfig();
  }
}
