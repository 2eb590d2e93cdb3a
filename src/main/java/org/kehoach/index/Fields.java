package org.kehoach.index;

import java.util.List;

/**
 * The Lucene field names of the index, declared once. Three kinds of document share the index, told apart by
 * {@link #TYPE}: a plan version (its metadata), each of its targets (the target, and the plan fields filters
 * and facets need), and each source file (a file is a source of exactly one plan version; its plan JSON is
 * kept with it). The searched text comes twice: {@code _x} analyzed in the exact form (diacritics kept),
 * {@code _f} folded.
 */
final class Fields {
  private Fields() {}

  static final String TYPE = "type";
  static final String TYPE_PLAN = "plan";
  static final String TYPE_TARGET = "target";
  static final String TYPE_SOURCE = "source";

  // plan and target documents
  /** The plan version a document belongs to; a term for deletes and doc-value updates. */
  static final String VID = "vid";
  static final String PROVINCE_KEY = "province_key";
  static final String DISTRICT_KEY = "district_key";
  static final String LEVEL = "level";
  static final String YEAR = "year";
  /** Doc value, updated in place when a newer version of the plan arrives. */
  static final String SUPERSEDED = "superseded";

  // plan documents only
  static final String SERIES = "series";
  static final String ISSUER_KEY = "issuer_key";
  static final String TOPIC = "topic";
  static final String PROVINCE = "province";
  static final String DISTRICT = "district";
  static final String COMMUNE = "commune";
  static final String ISSUER_NAME = "issuer_name";
  static final String PERIOD_FROM = "period_from";
  static final String PERIOD_TO = "period_to";
  static final String NUMBER = "number";
  static final String TITLE = "title";
  static final String ISSUED = "issued";
  static final String PRIMARY_SHA = "primary_sha";
  static final String PRIMARY_FILE = "primary_file";
  /** Doc value: the version's number in its series, updated in place when versions come or go. */
  static final String VERSION = "version";
  /** How many versions the series has; updated in place for the whole series. */
  static final String VERSIONS = "versions";
  /** The version's source files, primary first ({@link SourceList}); updated in place when they change. */
  static final String SOURCES = "sources";

  static final String PLAN_VID = "plan_vid";
  static final String PLAN_SERIES = "plan_series";
  static final String PLAN_ISSUED = "plan_issued";
  static final String PLAN_PRIMARY = "plan_primary";
  static final String PLAN_SEQ = "plan_seq";
  static final String BUDGET_TOTAL = "budget_total";

  // target documents only
  static final String ORDINAL = "ordinal";
  static final String INDICATOR = "indicator";
  static final String NAME = "name";
  static final String TEXT = "text";
  /**
   * The clause, and the indicator phrase as a second value when the clause does not contain it (a position
   * gap keeps phrases from spanning both).
   */
  static final String BODY_X = "body_x";
  static final String BODY_F = "body_f";
  static final String VALUE = "value";
  static final String VALUE_MAX = "value_max";
  static final String UNIT = "unit";
  static final String COMPARATOR = "comparator";
  static final String DIRECTION = "direction";
  static final String DUE_YEAR = "due_year";
  static final String SPAN_START = "span_start";
  static final String SPAN_END = "span_end";
  static final String SPAN_PAGE = "span_page";

  // source documents only
  static final String SRC_SHA = "src_sha";
  static final String SRC_VID = "src_vid";
  static final String SRC_FILE = "src_file";
  static final String SRC_FORMAT = "src_format";
  static final String SRC_SEQ = "src_seq";
  static final String SRC_JSON = "src_json";

  /** Facet dimensions, counted over target documents. */
  static final String DIM_PROVINCE = "province";
  static final String DIM_YEAR = "year";
  static final String DIM_LEVEL = "level";
  static final String DIM_INDICATOR = "indicator";
  static final List<String> DIMS = List.of(DIM_PROVINCE, DIM_YEAR, DIM_LEVEL, DIM_INDICATOR);

  /** The analyzed text fields in exact form; every other analyzed field is folded. */
  static final List<String> EXACT_FIELDS = List.of(BODY_X);
}
