/**
 * Agencies: the organisations a plan gives responsibilities to, each once under its canonical gazetteer
 * name. {@link org.kehoach.extract.agencies.AgencyListParser} reads the lists of names plans write
 * ("Phòng Nội vụ, Đồn Công an Lý Sơn", "Các phòng, đơn vị: Giáo dục và Đào tạo; Tư pháp; …") and is shared
 * with the task extractor; {@link org.kehoach.extract.agencies.AgencyExtractor} collects the headings of the
 * organisation section and the leads and partners of tasks. Word lists live in resource files next to this
 * package. Depends on model, text, gazetteer and extract.nlp; never on structure internals, ingest, index,
 * app or the tasks package.
 */
package org.kehoach.extract.agencies;
