package org.kehoach.extract.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kehoach.gazetteer.SyllableTokenizer;
import org.kehoach.model.Closing;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Signature;
import org.kehoach.model.Signer;
import org.kehoach.model.Span;

/**
 * Reads the signer and the recipients from a closing part: the signer's name as printed, the title in
 * running case ("PHÓ CHỦ TỊCH" → "Phó Chủ tịch", spellings from {@code signer-titles.txt}) and the authority
 * lines joined with " / " ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"). No signer when no name is printed.
 * Immutable and thread-safe.
 */
final class SignerReader {
  private final SyllableTokenizer tokenizer;
  private final Map<String, String> titles;

  SignerReader(SyllableTokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    Map<String, String> t = new HashMap<>();
    for (ResourceLines.Row r : ResourceLines.read(BodyLexicon.DIR + "signer-titles.txt", 1)) {
      t.put(tokenizer.phraseKey(r.cell(0)), r.cell(0));
    }
    this.titles = Map.copyOf(t);
  }

  /** The signer of {@code closing}, or {@code null} when it has no printed name. */
  Signer signer(String text, Closing closing, PageLocator pages) {
    if (closing == null || closing.signature() == null || closing.signature().name() == null) {
      return null;
    }
    Signature s = closing.signature();
    Span name = s.name();
    String title = s.title().isEmpty() ? null : runningCase(join(text, s.title(), " "));
    String authority = s.authority().isEmpty() ? null : join(text, s.authority(), " / ");
    int start = name.start();
    for (Span a : s.authority()) {
      start = Math.min(start, a.start());
    }
    for (Span t : s.title()) {
      start = Math.min(start, t.start());
    }
    return new Signer(NameText.collapse(cut(text, name)), title, authority,
        pages.span(start, Math.max(start, name.end())));
  }

  /** The recipients of {@code closing} as written, one per item. */
  static List<String> recipients(String text, Closing closing) {
    List<String> out = new ArrayList<>();
    if (closing != null) {
      for (Span r : closing.recipients()) {
        String t = NameText.collapse(cut(text, r));
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return List.copyOf(out);
  }

  /** A title in the spelling of the list, else with only its first letter capitalised. */
  String runningCase(String written) {
    String known = titles.get(tokenizer.phraseKey(written));
    if (known != null) {
      return known;
    }
    String lower = written.toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String join(String text, List<Span> spans, String separator) {
    List<String> parts = new ArrayList<>();
    for (Span s : spans) {
      parts.add(NameText.collapse(cut(text, s)));
    }
    return String.join(separator, parts);
  }

  private static String cut(String text, Span s) {
    return text.substring(s.start(), s.end());
  }
}
