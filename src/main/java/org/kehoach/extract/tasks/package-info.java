/**
 * Tasks: the numbered items of a plan's task sections and the rows of its task tables, with their lead and
 * partner agencies and timeline, read from labelled fields ("Cơ quan chủ trì:", TokensRegex rules in
 * task-labels.rules), table columns (headers read by the same rules) or running text ("Giao Sở … chủ trì,
 * phối hợp với …", lead-phrasing.rules). Agency lists are read with
 * {@link org.kehoach.extract.agencies.AgencyListParser}, from the document's tokens, which the agency
 * extractor reads too. Depends on model, gazetteer, extract.nlp and
 * extract.agencies; never on ingest, index or app.
 */
package org.kehoach.extract.tasks;
