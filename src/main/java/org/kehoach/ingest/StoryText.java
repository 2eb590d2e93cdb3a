package org.kehoach.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.util.LocaleUtil;

/**
 * The output side of {@link DocxStoryWalker}: the XHTML events of a story as the DOM-based extractor writes
 * them. A run's text gathers until the next block element starts or ends, and a paragraph's end is
 * followed by the notes it referred to, each in a {@code div}. Not thread-safe.
 */
final class StoryText {
  /** A note reference of the paragraph being read. */
  private record NoteRef(boolean footnote, int id) {}

  private final Map<Integer, XhtmlScript> footnotes;
  private final Map<Integer, XhtmlScript> endnotes;
  private final StringBuilder pending = new StringBuilder();
  private final List<NoteRef> paragraphNotes = new ArrayList<>();
  private XhtmlScript script = new XhtmlScript();
  /** Where in {@code pending} the text of the {@code w:t} being read starts. */
  private int textStart;

  StoryText(Map<Integer, XhtmlScript> footnotes, Map<Integer, XhtmlScript> endnotes) {
    this.footnotes = footnotes;
    this.endnotes = endnotes;
  }

  /** The events written so far (of the last note, in a notes part). */
  XhtmlScript script() {
    return script;
  }

  /** Starts writing a new note's events; returns them. */
  XhtmlScript newNote() {
    script = new XhtmlScript();
    return script;
  }

  void start(String element) {
    flush();
    script.start(element);
  }

  void end(String element) {
    flush();
    script.end(element);
  }

  void append(CharSequence text) {
    pending.append(text);
  }

  void append(char[] ch, int start, int length) {
    pending.append(ch, start, length);
  }

  /** A text element ({@code w:t}) starts. */
  void startText() {
    textStart = pending.length();
  }

  /** A text element ends; XWPF upper-cases each one of a run in capitals by itself, in POI's user locale. */
  void endText(boolean capitals) {
    if (capitals) {
      String text = pending.substring(textStart).toUpperCase(LocaleUtil.getUserLocale());
      pending.setLength(textStart);
      pending.append(text);
    }
  }

  /** A note reference's marker, as {@code XWPFRun.text()} writes it; a known id's note follows the paragraph. */
  void noteReference(boolean footnote, int id, boolean known) {
    pending.append(footnote ? "[footnoteRef:" : "[endnoteRef:").append(id).append(']');
    if (known) {
      paragraphNotes.add(new NoteRef(footnote, id));
    }
  }

  /** Ends the paragraph, then writes the notes it referred to, in order. */
  void endParagraph() {
    end("p");
    for (NoteRef ref : paragraphNotes) {
      XhtmlScript note = (ref.footnote() ? footnotes : endnotes).get(ref.id());
      if (note != null) {
        script.start("div");
        script.append(note);
        script.end("div");
      }
    }
    paragraphNotes.clear();
  }

  private void flush() {
    if (pending.length() > 0) {
      script.text(pending.toString());
      pending.setLength(0);
    }
  }
}
