package org.kehoach.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.SAXException;

/**
 * XHTML events written down to be played later into Tika's {@link XHTMLContentHandler}: a DOCX part read in
 * a stream is only known to be readable that way once it has been read to its end, and a note's text is
 * played after the paragraph that refers to it, although the notes are read first. Only the events that
 * make text are kept: block elements (Tika's handler ends them with a newline, and starts a table cell
 * with a tab) and characters. Not thread-safe.
 */
final class XhtmlScript {
  private enum Kind { START, END, TEXT }

  private record Event(Kind kind, String value) {}

  private final List<Event> events = new ArrayList<>();

  void start(String element) {
    events.add(new Event(Kind.START, element));
  }

  void end(String element) {
    events.add(new Event(Kind.END, element));
  }

  void text(String text) {
    if (!text.isEmpty()) {
      events.add(new Event(Kind.TEXT, text));
    }
  }

  /** Writes down, at this point, every event of {@code other}. */
  void append(XhtmlScript other) {
    events.addAll(other.events);
  }

  /** Plays the events, in order, into {@code xhtml}. */
  void play(XHTMLContentHandler xhtml) throws SAXException {
    for (Event event : events) {
      switch (event.kind()) {
        case START -> xhtml.startElement(event.value());
        case END -> xhtml.endElement(event.value());
        case TEXT -> xhtml.characters(event.value());
        default -> throw new IllegalStateException("unknown event " + event.kind());
      }
    }
  }
}
