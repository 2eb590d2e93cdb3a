/**
 * Field extraction: one extractor per fact family (metadata, legal basis, targets, tasks, agencies,
 * deadlines, budgets, warnings), each reading the normalised text and its structure. Stanford CoreNLP is
 * used here, and only here, as a rule engine: our own Vietnamese tokenizer feeds TokensRegex rules kept in
 * resource files. No CoreNLP models are used (there are none for Vietnamese). Depends on model, text,
 * structure and gazetteer; never on ingest, index or app.
 */
package org.kehoach.extract;
