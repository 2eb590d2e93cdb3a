package org.kehoach.extract.agencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kehoach.extract.agencies.AgencyMention.Kind;
import org.kehoach.extract.value.WhitespaceRuns;
import org.kehoach.model.Item;
import org.kehoach.model.Section;

/**
 * Reads who is given which duties in an organisation section ("IV. TỔ CHỨC THỰC HIỆN"). Each item (and each
 * paragraph before the first item) may name organisations at its start:
 *
 * <ul>
 *   <li>as a heading before ':' or alone on its first line ("1. Phòng Nội vụ: Chủ trì …", "2. Công an Huyện",
 *       "2. Đề nghị Công đoàn, Đoàn TNCS Hồ Chí Minh, Liên đội");
 *   <li>as a collective heading with bare names after it ("3. Các phòng, đơn vị: Giáo dục và Đào tạo; Tư
 *       pháp; …");
 *   <li>as the subject of its first sentence ("4. Đề nghị Ủy ban MTTQ Việt Nam huyện, các tổ chức chính trị -
 *       xã hội đẩy mạnh …", "Giao Sở Lao động …: chủ trì …").
 * </ul>
 *
 * The rest of the item and its sub-items are the duties of the organisations it names. Sub-items of an item
 * that names nobody ("9. Đề nghị các đoàn thể thành phố" with "- Hội Nông dân: …") are read the same way;
 * sub-items of an item that names someone only add organisations written as "Name: duties". Organisations
 * named inside duties ("phối hợp với X") are not read. Immutable and thread-safe.
 */
final class OrganizationReader {
  /** A first line this short without a colon may be a heading: "1. Phòng Lao động - Thương binh và Xã hội". */
  private static final int SHORT_LINE_WORDS = 20;
  /** How far after an item's start its heading colon may be. */
  private static final int HEADING_CHARS = 200;
  /** The rest of a blank line, right after a line break: "  \n". */
  private static final Pattern BLANK_AFTER = Pattern.compile("[ \t\u00A0]*\n");
  /** Whitespace runs, collapsed in duties. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** A line that ends a sentence, so the next line starts a paragraph: "… theo quy định." */
  private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?]\\s*$");

  /** An organisation and its duties as written. */
  record Finding(AgencyMention mention, List<String> duties) {
    Finding {
      Objects.requireNonNull(mention, "mention");
      duties = List.copyOf(duties);
    }
  }

  /** What the start of an item names, and where its duties begin. */
  private record Head(List<AgencyMention> names, int bodyStart) {
    static final Head NONE = new Head(List.of(), -1);

    boolean namesOrganisation() {
      return names.stream().anyMatch(AgencyMention::isOrganisation);
    }
  }

  private final AgencyListParser parser;

  OrganizationReader(AgencyListParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  List<Finding> read(String text, Section section) {
    List<Finding> out = new ArrayList<>();
    int introEnd = section.items().isEmpty() ? section.body().end() : section.items().get(0).span().start();
    readIntro(text, section.body().start(), introEnd, out);
    for (Item item : section.items()) {
      readItem(text, item, true, out);
    }
    return out;
  }

  /** Paragraphs before the first item, or the whole body of a section without items. */
  private void readIntro(String text, int from, int to, List<Finding> out) {
    List<int[]> paragraphs = new ArrayList<>();
    int lineStart = from;
    boolean startsParagraph = true;
    while (lineStart < to) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
      String line = text.substring(lineStart, lineEnd);
      if (line.isBlank()) {
        startsParagraph = true;
      } else {
        if (startsParagraph || paragraphs.isEmpty()) {
          paragraphs.add(new int[] {lineStart, lineEnd});
        } else {
          paragraphs.get(paragraphs.size() - 1)[1] = lineEnd;
        }
        startsParagraph = SENTENCE_END.matcher(line).find();
      }
      lineStart = lineEnd + 1;
    }
    for (int[] p : paragraphs) {
      Head head = head(text, p[0], p[1], true);
      if (head.namesOrganisation()) {
        List<String> duties = new ArrayList<>();
        addDuty(duties, text, head.bodyStart(), p[1]);
        record(head, duties, out);
      }
    }
  }

  /**
   * Reads one item; {@code full} allows every heading form, otherwise only "Name: duties". Returns whether
   * the item or one of its sub-items named an organisation.
   */
  private boolean readItem(String text, Item item, boolean full, List<Finding> out) {
    int ownStart = item.text().start();
    int ownEnd = item.text().end();
    Head head = head(text, ownStart, ownEnd, full);
    if (head.namesOrganisation()) {
      List<String> duties = new ArrayList<>();
      addDuty(duties, text, head.bodyStart(), ownEnd);
      for (Item child : item.children()) {
        if (!readItem(text, child, false, out)) {
          addDuty(duties, text, child.text().start(), child.span().end());
        }
      }
      record(head, duties, out);
      return true;
    }
    if (!full) {
      return false;
    }
    boolean any = false;
    for (Item child : item.children()) {
      any |= readItem(text, child, true, out);
    }
    return any;
  }

  private Head head(String text, int start, int end, boolean full) {
    if (start >= end) {
      return Head.NONE;
    }
    int lineEnd = text.indexOf('\n', start);
    lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
    int colon = headingColon(text, start, end);
    if (colon >= 0) {
      List<AgencyMention> names = parser.heading(text, start, colon);
      if (!names.isEmpty()) {
        if (full && names.size() == 1 && names.get(0).kind() == Kind.GROUP) {
          Optional<String> prefix = parser.typePrefix(text, names.get(0));
          if (prefix.isPresent()) {
            List<AgencyMention> typed = parser.typedList(text, colon + 1, end, prefix.get());
            if (!typed.isEmpty()) {
              return new Head(typed, typed.get(typed.size() - 1).end());
            }
          }
        }
        return new Head(names, colon + 1);
      }
    }
    if (!full) {
      return Head.NONE;
    }
    boolean colonOnFirstLine = colon >= 0 && colon < lineEnd;
    if (!colonOnFirstLine && WHITESPACE.split(text.substring(start, lineEnd).strip()).length <= SHORT_LINE_WORDS) {
      List<AgencyMention> names = parser.heading(text, start, lineEnd);
      if (!names.isEmpty()) {
        return new Head(names, lineEnd);
      }
    }
    return new Head(parser.subject(text, start, end), start);
  }

  /**
   * The colon that may end a heading: the first ':' before the first sentence end or blank line, within
   * {@value #HEADING_CHARS} characters, so a heading hard-wrapped before its colon ("8. Đề nghị Ủy ban Mặt trận
   * Tổ quốc Việt Nam và các đoàn thể\nHuyện:") is still found; -1 when there is none.
   */
  private static int headingColon(String text, int start, int end) {
    int limit = Math.min(end, start + HEADING_CHARS);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return i;
      }
      boolean sentenceEnd = (c == '.' || c == ';') && i + 1 < end && Character.isWhitespace(text.charAt(i + 1));
      if (sentenceEnd || c == '\n' && BLANK_AFTER.matcher(text).region(i + 1, limit).lookingAt()) {
        return -1;
      }
    }
    return -1;
  }

  private static void record(Head head, List<String> duties, List<Finding> out) {
    for (AgencyMention m : head.names()) {
      if (m.isOrganisation()) {
        out.add(new Finding(m, duties));
      }
    }
  }

  private static void addDuty(List<String> duties, String text, int from, int to) {
    if (from < 0 || from >= to) {
      return;
    }
    String duty = WhitespaceRuns.collapse(text, from, to);
    if (!duty.isEmpty()) {
      duties.add(duty);
    }
  }
}
