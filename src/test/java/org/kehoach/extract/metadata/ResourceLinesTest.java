package org.kehoach.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word lists: comments skipped, bad rows reported with the resource and the line. */
class ResourceLinesTest {
  private static final String DIR = "org/kehoach/extract/metadata/";

  @Test
  void readsTheShippedListsWithTheirColumns() {
    List<ResourceLines.Row> bodies = ResourceLines.read(BodyLexicon.DIR + "issuer-bodies.tsv", 4);
    assertTrue(bodies.size() > 20);
    assertEquals("ủy ban nhân dân", bodies.get(0).cell(0));
    assertTrue(bodies.stream().noneMatch(r -> r.cell(0).startsWith("#")));
  }

  @Test
  void namesTheResourceAndLineOfARowWithTooFewCells() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ResourceLines.read(DIR + "two-short-cells.tsv", 4));
    assertTrue(e.getMessage().startsWith(DIR + "two-short-cells.tsv:3: expected 4"), e::getMessage);
    assertTrue(e.getMessage().contains("found 2"), e::getMessage);
  }

  @Test
  void namesAMissingResource() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ResourceLines.read(DIR + "absent.tsv", 1));
    assertTrue(e.getMessage().contains("absent.tsv"), e::getMessage);
  }

  @Test
  void anUnknownKindIsAnErrorNamingTheLine() {
    List<ResourceLines.Row> rows = ResourceLines.read(DIR + "unknown-kind.tsv", 4);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BodyLexicon.enumCell(BodyKind.class, rows.get(0), 1));
    assertTrue(e.getMessage().startsWith(DIR + "unknown-kind.tsv:1: expected one of"), e::getMessage);
    assertTrue(e.getMessage().contains("'SCHOOLS'"), e::getMessage);
  }
}
