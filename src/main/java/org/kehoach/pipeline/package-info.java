/**
 * Wires the stages together (read → normalise → segment → extract → write/index) under one immutable
 * {@link org.kehoach.pipeline.PipelineConfig}. Holds no domain logic of its own: a rule that decides what
 * a plan says belongs in a stage, not here.
 */
package org.kehoach.pipeline;
