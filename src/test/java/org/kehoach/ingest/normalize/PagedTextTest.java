package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagedTextTest {
  @Test
  void pagesAreJoinedByLineBreaksAndLookedUp() {
    PagedText t = PagedText.ofPages(List.of("ab", "cd", "ef"));
    assertEquals("ab\ncd\nef", t.text());
    assertEquals(1, t.pageAt(0));
    assertEquals(1, t.pageAt(2));
    assertEquals(2, t.pageAt(3));
    assertEquals(3, t.pageAt(8));
  }

  @Test
  void deletingAPageNumberKeepsLaterPagesAligned() {
    PagedText t = PagedText.ofPages(List.of("one two", "2\nthree"));
    PagedText out = t.apply(List.of(Edit.delete(8, 10)));
    assertEquals("one two\nthree", out.text());
    assertEquals(2, out.pageAt(out.text().indexOf("three")));
    assertEquals(1, out.pageAt(out.text().indexOf("two")));
  }

  @Test
  void joiningAcrossABoundaryGivesTheReplacementToTheFirstPage() {
    PagedText t = PagedText.ofPages(List.of("word-", "break"));
    // replace "-\n" (offsets 4..6) by nothing: "wordbreak"
    PagedText out = t.apply(List.of(Edit.delete(4, 6)));
    assertEquals("wordbreak", out.text());
    assertEquals(1, out.pageAt(3));
    assertEquals(2, out.pageAt(4));
  }

  @Test
  void replacementStartingAtABoundaryStaysOnThatPage() {
    PagedText t = PagedText.ofPages(List.of("aa", "bb"));
    PagedText out = t.apply(List.of(new Edit(3, 4, "XYZ")));
    assertEquals("aa\nXYZb", out.text());
    assertEquals(2, out.pageAt(3));
    assertEquals(1, out.pageAt(2));
  }

  @Test
  void insertionAtABoundaryBelongsToThePageBefore() {
    PagedText t = PagedText.ofPages(List.of("aa", "bb"));
    PagedText out = t.apply(List.of(Edit.insert(3, "++")));
    assertEquals("aa\n++bb", out.text());
    assertEquals(1, out.pageAt(4));
    assertEquals(2, out.pageAt(5));
  }

  @Test
  void unpagedTextHasNoPages() {
    PagedText t = PagedText.unpaged("x y").apply(List.of(Edit.delete(1, 2)));
    assertEquals("xy", t.text());
    assertNull(t.pageAt(1));
  }

  @Test
  void overlappingEditsAreRejected() {
    PagedText t = PagedText.unpaged("abcdef");
    assertThrows(IllegalArgumentException.class, () -> t.apply(List.of(Edit.delete(0, 3), Edit.delete(2, 4))));
  }

  @Test
  void linesAreSplitOnceAndSharedUntilAnEditChangesTheText() {
    PagedText t = PagedText.ofPages(List.of("I. MỤC TIÊU\n\n1. Mục đích", "- Nâng cao\nhiệu quả"));
    assertEquals(Lines.of(t.text()), t.lines());
    assertSame(t.lines(), t.lines());
    assertSame(t.lines(), t.apply(List.of()).lines());
    PagedText edited = t.apply(List.of(new Edit(t.text().indexOf("\nhiệu"), t.text().indexOf("hiệu"), " ")));
    assertEquals(Lines.of(edited.text()), edited.lines());
    assertEquals(t.lines().size() - 1, edited.lines().size());
    assertThrows(UnsupportedOperationException.class, () -> t.lines().remove(0));
  }
}
