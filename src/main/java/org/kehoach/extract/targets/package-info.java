/**
 * The TARGETS extractor: the numeric targets (chỉ tiêu) a plan commits to — "đạt 91%", "giảm … xuống
 * dưới 6,28%", "xuống còn 6,5 trẻ/1.000 trẻ đẻ ra sống", "vận động Quỹ … đạt 300 triệu đồng" — each with
 * its unit, comparator, direction, due year and indicator name.
 *
 * <p>Recognition is written as CoreNLP TokensRegex rules in {@code values.rules} (numbers with a unit)
 * and {@code cues.rules} (the words around them) under {@code org/kehoach/extract/targets/}; the Java
 * classes only cut clauses, bind cues to values and pick names. {@link
 * org.kehoach.extract.targets.TargetExtractor} is the entry point; it is region-agnostic, the pipeline
 * chooses the sections it reads. Indicator ids come through {@link
 * org.kehoach.extract.targets.IndicatorResolver}, so this package does not depend on the gazetteer.
 *
 * <p>Depends on model, text, extract.nlp, extract.value and CoreNLP; never on ingest, structure, index,
 * pipeline or app.
 */
package org.kehoach.extract.targets;
