package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/**
 * The document type line and the title under it: "KẾ HOẠCH" / "Thực hiện Chương trình … năm 2020", possibly on
 * one line ("KẾ HOẠCH Thực hiện …") and possibly over several lines.
 *
 * @param type which document type word was found
 * @param typeWord the span of the type word itself ("KẾ HOẠCH")
 * @param title from the first title character to the last one, line breaks included; {@code null} when the
 *     type word stands alone
 * @param titleLines one span per title line, in order (empty when {@code title} is null)
 * @param note an annex note under the title such as "(Ban hành kèm theo Quyết định số …)", or {@code null}
 */
public record TitleBlock(DocType type, Span typeWord, Span title, List<Span> titleLines, Span note) {
  public TitleBlock {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(typeWord, "typeWord");
    titleLines = List.copyOf(titleLines);
    if ((title == null) != titleLines.isEmpty()) {
      throw new IllegalArgumentException("title and titleLines must be both absent or both present");
    }
  }
}
