package org.kehoach.model;

import java.util.List;

/**
 * The signature block: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's title
 * ("PHÓ CHỦ TỊCH") and name. The lines need not be contiguous: in two-column layouts they interleave with the
 * recipients.
 *
 * @param authority authority lines, top first
 * @param title title lines, top first
 * @param name the signer's name, or {@code null} when none is printed
 */
public record Signature(List<Span> authority, List<Span> title, Span name) {
  public Signature {
    authority = List.copyOf(authority);
    title = List.copyOf(title);
    if (authority.isEmpty() && title.isEmpty() && name == null) {
      throw new IllegalArgumentException("a signature needs an authority, a title or a name");
    }
  }
}
