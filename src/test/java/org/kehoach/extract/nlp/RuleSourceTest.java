package org.kehoach.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuleSourceTest {
  @Test
  void findsTheSequenceAnchorsOnlyWhereTheyAreAnchors() {
    assertTrue(RuleSource.hasSequenceAnchor("{ pattern: ( $NUM $SCALE $ ), result: \"MONEY\" }"));
    assertTrue(RuleSource.hasSequenceAnchor("{ pattern: ( ^ [{lemma:\"can\"}] ), result: \"X\" }"));
    assertTrue(RuleSource.hasSequenceAnchor("($NUM$SCALE$)"));
    assertFalse(RuleSource.hasSequenceAnchor("{ pattern: ( $NUM [{word:/[^a-z$]+/}] ), result: ( \"REF\", $$num.text ) }"));
    assertFalse(RuleSource.hasSequenceAnchor("# a comment with ^ and $ in it\n$X = ( [{word:\"$\"}] [{word:\"^\"}] )"));
    assertFalse(RuleSource.hasSequenceAnchor("[{word:/[\\/\\-\\u2013&]/}] $DOC_NUMBER"));
  }

  @Test
  void tellsAnchorsInVariablesFromAnchorsInRules() {
    assertTrue(RuleSource.hasAnchoredVariable("$END = ( [{word:\".\"}]\n  $ )\n{ pattern: ( $END ) }\n"));
    assertFalse(RuleSource.hasAnchoredVariable("$NUM = ( [{shape:\"NUMBER\"}] )\n{ pattern: ( $NUM $ ) }\n"));
    assertFalse(RuleSource.hasAnchoredVariable(RuleSource.read("org/kehoach/extract/budgets/budgets.rules")));
    assertTrue(RuleSource.hasSequenceAnchor(RuleSource.read("org/kehoach/extract/budgets/budgets.rules")));
    assertFalse(RuleSource.hasSequenceAnchor(RuleSource.read("org/kehoach/extract/deadlines/deadlines.rules")));
  }
}
