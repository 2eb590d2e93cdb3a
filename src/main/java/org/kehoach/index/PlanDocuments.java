package org.kehoach.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.Target;
import org.kehoach.text.ToneNormalizer;

/**
 * Maps a plan to its Lucene documents (see {@link Fields}). The plan document holds the plan's metadata and
 * the values updated in place (version, number of versions, sources); target documents hold the target and
 * the few plan fields that filters and facets need, so filtering needs no join and indexing stays cheap.
 * Stateless apart from the immutable facet configuration; thread-safe.
 */
final class PlanDocuments {
  /**
   * The searched text: positions for phrases, no length norms. Clauses are one sentence each, so length says
   * little about relevance, while reading a norm per term per hit is a large part of scoring a broad query.
   */
  private static final FieldType BODY = body();

  private final FacetsConfig facets;
  private final PlanKeys keys;

  PlanDocuments(FacetsConfig facets, PlanKeys keys) {
    this.facets = facets;
    this.keys = keys;
  }

  /**
   * The values every document of one version repeats (filter keys, facet labels), worked out once per version
   * rather than once per target: each is a tokenisation and folding of a place name.
   */
  private record Shared(String level, String provinceKey, String districtKey, String provinceLabel, String year) {
    Shared(PlanDocument doc, PlanKeys keys) {
      this(doc.issuer().level().name(), placeKey(keys, doc.location().province()),
          placeKey(keys, doc.location().district()),
          doc.location().province() == null ? null : display(doc.location().province()),
          doc.planYear() == null ? null : Integer.toString(doc.planYear()));
    }

    private static String placeKey(PlanKeys keys, String name) {
      return name == null ? null : keys.place(name);
    }
  }

  /** The plan document followed by one document per target, for the version {@code id}. */
  List<Document> version(PlanRecord p, PlanIdentity id, Catalog.Version v, int versions) {
    Catalog.Source primary = v.primary();
    Shared shared = new Shared(p.document(), keys);
    List<Document> out = new ArrayList<>(p.targets().size() + 1);
    out.add(plan(p, id, primary, v, versions, shared));
    for (int i = 0; i < p.targets().size(); i++) {
      out.add(target(p, id, v, i, shared));
    }
    return out;
  }

  Document source(Catalog.Source s, byte[] json) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.TYPE_SOURCE, Field.Store.NO));
    d.add(new StringField(Fields.SRC_SHA, s.sha(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.SRC_SHA, new BytesRef(s.sha())));
    d.add(new StringField(Fields.SRC_VID, s.versionId(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.SRC_VID, new BytesRef(s.versionId())));
    d.add(new StoredField(Fields.SRC_FILE, s.file()));
    d.add(new SortedDocValuesField(Fields.SRC_FILE, new BytesRef(s.file())));
    d.add(new StoredField(Fields.SRC_FORMAT, s.format()));
    d.add(new SortedDocValuesField(Fields.SRC_FORMAT, new BytesRef(s.format())));
    d.add(new StoredField(Fields.SRC_SEQ, s.seq()));
    d.add(new NumericDocValuesField(Fields.SRC_SEQ, s.seq()));
    // doc values, not a stored field: the JSON is read only to compare or re-point a plan, and stored fields
    // are decompressed by the block, so kept there it would slow every search that shows a target
    d.add(new BinaryDocValuesField(Fields.SRC_JSON, new BytesRef(json)));
    return d;
  }

  private Document plan(PlanRecord p, PlanIdentity id, Catalog.Source primary, Catalog.Version v, int versions,
      Shared shared) {
    PlanDocument doc = p.document();
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.TYPE_PLAN, Field.Store.NO));
    filters(d, doc, id, v, shared);
    d.add(new StringField(Fields.PLAN_VID, id.versionId(), Field.Store.NO));
    d.add(new SortedDocValuesField(Fields.PLAN_VID, new BytesRef(id.versionId())));
    d.add(new StringField(Fields.SERIES, id.series(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.PLAN_SERIES, new BytesRef(id.series())));
    d.add(new StringField(Fields.ISSUER_KEY, id.issuer(), Field.Store.YES));
    d.add(new StoredField(Fields.TOPIC, id.topic()));
    d.add(new SortedDocValuesField(Fields.PLAN_ISSUED, new BytesRef(v.issued)));
    d.add(new SortedDocValuesField(Fields.PLAN_PRIMARY, new BytesRef(primary.sha())));
    d.add(new NumericDocValuesField(Fields.PLAN_SEQ, v.seq));
    d.add(new NumericDocValuesField(Fields.VERSION, v.number));
    d.add(new NumericDocValuesField(Fields.VERSIONS, versions));
    d.add(new BinaryDocValuesField(Fields.SOURCES, SourceList.encode(v.sources)));
    stored(d, Fields.PROVINCE, doc.location().province());
    stored(d, Fields.DISTRICT, doc.location().district());
    stored(d, Fields.COMMUNE, doc.location().commune());
    stored(d, Fields.ISSUER_NAME, doc.issuer().name());
    stored(d, Fields.NUMBER, doc.number());
    stored(d, Fields.TITLE, doc.title());
    stored(d, Fields.ISSUED, doc.issuedDate());
    stored(d, Fields.PRIMARY_SHA, primary.sha());
    stored(d, Fields.PRIMARY_FILE, primary.file());
    if (doc.planYear() != null) {
      d.add(new StoredField(Fields.YEAR, doc.planYear()));
    }
    if (doc.period() != null) {
      d.add(new IntPoint(Fields.PERIOD_FROM, doc.period().from()));
      d.add(new StoredField(Fields.PERIOD_FROM, doc.period().from()));
      d.add(new IntPoint(Fields.PERIOD_TO, doc.period().to()));
      d.add(new StoredField(Fields.PERIOD_TO, doc.period().to()));
    }
    Long budget = p.budgetTotal();
    if (budget != null) {
      d.add(new StoredField(Fields.BUDGET_TOTAL, budget));
    }
    return d;
  }

  /**
   * A target document: what the target says, and of its plan only what filters and facets need. What a
   * result shows of the plan is read from the plan document, once per plan shown.
   */
  private Document target(PlanRecord p, PlanIdentity id, Catalog.Version v, int i, Shared shared) {
    Target t = p.targets().get(i);
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.TYPE_TARGET, Field.Store.NO));
    filters(d, p.document(), id, v, shared);
    facets(d, shared);
    d.add(new StoredField(Fields.ORDINAL, i));
    if (t.indicator() != null) {
      d.add(new StringField(Fields.INDICATOR, t.indicator(), Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(Fields.DIM_INDICATOR, t.indicator()));
    }
    d.add(new StoredField(Fields.NAME, t.name()));
    d.add(new StoredField(Fields.TEXT, t.text()));
    d.add(new Field(Fields.BODY_X, t.text(), BODY));
    d.add(new Field(Fields.BODY_F, t.text(), BODY));
    if (!t.text().contains(t.name())) {
      // the phrase is searched too; usually the clause already holds it and analysing it twice costs time
      d.add(new Field(Fields.BODY_X, t.name(), BODY));
      d.add(new Field(Fields.BODY_F, t.name(), BODY));
    }
    d.add(new DoublePoint(Fields.VALUE, t.value()));
    d.add(new StoredField(Fields.VALUE, t.value()));
    if (t.valueMax() != null) {
      d.add(new StoredField(Fields.VALUE_MAX, t.valueMax()));
    }
    d.add(new StringField(Fields.UNIT, t.unit().jsonName(), Field.Store.YES));
    if (t.comparator() != null) {
      d.add(new StoredField(Fields.COMPARATOR, t.comparator().name()));
    }
    if (t.direction() != null) {
      d.add(new StoredField(Fields.DIRECTION, t.direction().name()));
    }
    if (t.year() != null) {
      d.add(new IntPoint(Fields.DUE_YEAR, t.year()));
      d.add(new StoredField(Fields.DUE_YEAR, t.year()));
    }
    d.add(new StoredField(Fields.SPAN_START, t.span().start()));
    d.add(new StoredField(Fields.SPAN_END, t.span().end()));
    if (t.span().page() != null) {
      d.add(new StoredField(Fields.SPAN_PAGE, t.span().page()));
    }
    return build(d);
  }

  /** What plan and target documents share: the version and the fields the search filters use. */
  private static void filters(Document d, PlanDocument doc, PlanIdentity id, Catalog.Version v, Shared shared) {
    d.add(new StringField(Fields.VID, id.versionId(), Field.Store.YES));
    d.add(new StringField(Fields.LEVEL, shared.level(), Field.Store.YES));
    if (shared.provinceKey() != null) {
      d.add(new StringField(Fields.PROVINCE_KEY, shared.provinceKey(), Field.Store.NO));
    }
    if (shared.districtKey() != null) {
      d.add(new StringField(Fields.DISTRICT_KEY, shared.districtKey(), Field.Store.NO));
    }
    if (doc.planYear() != null) {
      d.add(new IntPoint(Fields.YEAR, doc.planYear()));
    }
    d.add(new NumericDocValuesField(Fields.SUPERSEDED, v.superseded ? 1 : 0));
  }

  private static FieldType body() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  /** Facet values are counted over targets only, so only target documents carry them. */
  private static void facets(Document d, Shared shared) {
    if (shared.provinceLabel() != null) {
      d.add(new SortedSetDocValuesFacetField(Fields.DIM_PROVINCE, shared.provinceLabel()));
    }
    d.add(new SortedSetDocValuesFacetField(Fields.DIM_LEVEL, shared.level()));
    if (shared.year() != null) {
      d.add(new SortedSetDocValuesFacetField(Fields.DIM_YEAR, shared.year()));
    }
  }

  private static void stored(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  /** A place name as facet label: NFC with canonical tone placement, so "Hoà Bình" and "Hòa Bình" count once. */
  static String display(String name) {
    return ToneNormalizer.normalize(name.strip());
  }

  private Document build(Document d) {
    try {
      return facets.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException("facet fields of a plan document", e);
    }
  }
}
