package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the reading order of the closing two-column block: "Nơi nhận:" and its recipient list on the
 * left, the signature (authority "TM. ỦY BAN NHÂN DÂN", delegation "KT. CHỦ TỊCH", title, "(Đã ký)", name)
 * on the right. Readers emit the columns one after the other, in either order, or interleave them row by
 * row, or merge a recipient and a signature line that share a baseline ("- Sở Y tế; KT. CHỦ TỊCH"). The
 * block is rewritten as: "Nơi nhận:", the recipients in order, then the signature lines in order. The block
 * ends at the first line that is neither a recipient, a continuation of one, nor a signature line, so an
 * annex or footnote after it stays where it is.
 */
public final class SignatureBlockFilter implements TextFilter {
  private static final int MAX_TITLE_CHARS = 45;

  /** A signature line glued after a recipient: "- Sở Y tế; KT. CHỦ TỊCH" (group 1 starts the signature). */
  private static final Pattern GLUED_AUTHORITY = Pattern.compile("\\s((?:TM|KT|TL|TUQ|Q|PP)\\.\\s*\\p{Lu})");

  /** A title in capitals glued after a recipient's ';' or '.': "- Chủ tịch UBND tỉnh; PHÓ CHỦ TỊCH". */
  private static final Pattern GLUED_TITLE =
      Pattern.compile("[;.]\\s+((?:[\\p{Lu}Đ]{2,}\\s+){1,5}[\\p{Lu}Đ]{2,})$");

  /** A signer's name glued after the last recipient: "- Lưu: VP. Phạm Văn Kính" (group 1 is the name). */
  private static final Pattern GLUED_NAME = Pattern.compile("[;.]\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4})$");

  /** A remark under the title: "(Đã ký)", "(Ký tên, đóng dấu)", "(đã ký và đóng dấu)". */
  private static final Pattern REMARK = Pattern.compile("^\\((?:[Đđ]ã ký|[Kk]ý)[^)]{0,40}\\)$");

  private enum Kind { RECIPIENT, SIGNATURE, NAME }

  private record Part(Kind kind, String text) {}

  private final Set<String> documentTypes;

  public SignatureBlockFilter() {
    this.documentTypes = Set.copyOf(WordLists.lines("document-types.txt"));
  }

  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    List<Line> lines = in.lines();
    int head = -1;
    for (Line l : lines) {
      if (LineShapes.opensRecipients(l.text())) {
        head = l.index();
      }
    }
    if (head < 0) {
      return in;
    }
    List<Part> before = signatureAbove(lines, head);
    String headText = lines.get(head).text().strip();
    Matcher headMatch = LineShapes.RECIPIENTS.matcher(headText);
    headMatch.find();
    List<Part> parts = new ArrayList<>(before);
    String rest = headText.substring(headMatch.end()).strip();
    if (!rest.isEmpty()) {
      parts.addAll(split(rest, false));
    }
    int last = collect(lines, head, parts);
    int first = before.isEmpty() ? head : head - countContent(lines, head, before.size());
    List<String> ordered = new ArrayList<>();
    ordered.add(headText.substring(0, headMatch.end()).strip());
    parts.stream().filter(p -> p.kind() == Kind.RECIPIENT).forEach(p -> ordered.add(p.text()));
    parts.stream().filter(p -> p.kind() != Kind.RECIPIENT).forEach(p -> ordered.add(p.text()));
    List<String> original = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      if (!lines.get(i).blank()) {
        original.add(lines.get(i).text().strip());
      }
    }
    if (String.join("\n", ordered).equals(String.join("\n", original))) {
      return in;
    }
    return in.apply(List.of(new Edit(lines.get(first).start(), lines.get(last).end(), String.join("\n", ordered))));
  }

  /**
   * Adds to {@code parts} the lines after the recipients heading that belong to the block and returns the
   * index of the last of them.
   */
  private int collect(List<Line> lines, int head, List<Part> parts) {
    int last = head;
    boolean named = false;
    for (int i = head + 1; i < lines.size(); i++) {
      if (lines.get(i).blank()) {
        continue;
      }
      boolean signed = parts.stream().anyMatch(p -> p.kind() == Kind.SIGNATURE);
      List<Part> split = split(lines.get(i).text().strip(), signed && !named);
      Part first = split.get(0);
      if (first.kind() == Kind.RECIPIENT && !LineShapes.BULLET.matcher(first.text()).find()) {
        int r = lastRecipient(parts);
        boolean continues = r >= 0 && !named
            && (LineShapes.startsLowerCase(first.text()) || !LineShapes.endsClause(parts.get(r).text()));
        if (!continues) {
          break;
        }
        parts.set(r, new Part(Kind.RECIPIENT, parts.get(r).text() + "\n" + first.text()));
        parts.addAll(split.subList(1, split.size()));
      } else if ((named && first.kind() != Kind.RECIPIENT) || (first.kind() == Kind.NAME && !signed)) {
        break;
      } else {
        parts.addAll(split);
      }
      named |= split.stream().anyMatch(p -> p.kind() == Kind.NAME);
      last = i;
    }
    return last;
  }

  private static int lastRecipient(List<Part> parts) {
    for (int i = parts.size() - 1; i >= 0; i--) {
      if (parts.get(i).kind() == Kind.RECIPIENT) {
        return i;
      }
    }
    return -1;
  }

  /** Signature lines printed just above "Nơi nhận:" (the right column read first), or none. */
  private List<Part> signatureAbove(List<Line> lines, int head) {
    List<Part> found = new ArrayList<>();
    boolean authority = false;
    for (int i = head - 1; i >= 0; i--) {
      if (lines.get(i).blank()) {
        continue;
      }
      String t = lines.get(i).text().strip();
      Kind k = kind(t);
      if (k == Kind.RECIPIENT) {
        break;
      }
      authority |= LineShapes.AUTHORITY.matcher(t).find();
      found.add(0, new Part(k, t));
    }
    return authority ? found : List.of();
  }

  private static int countContent(List<Line> lines, int head, int wanted) {
    int i = head;
    int counted = 0;
    while (counted < wanted) {
      i--;
      if (!lines.get(i).blank()) {
        counted++;
      }
    }
    return head - i;
  }

  /** A line cut where a signature line (or, once signed, the signer's name) was glued to a recipient. */
  private List<Part> split(String line, boolean nameExpected) {
    Kind k = kind(line);
    if (k != Kind.RECIPIENT) {
      return List.of(new Part(k, line));
    }
    Matcher name = GLUED_NAME.matcher(line);
    if (nameExpected && name.find() && LineShapes.looksLikeName(name.group(1))) {
      return List.of(
          new Part(Kind.RECIPIENT, line.substring(0, name.start(1)).strip()),
          new Part(Kind.NAME, name.group(1)));
    }
    for (Pattern p : new Pattern[] {GLUED_AUTHORITY, GLUED_TITLE}) {
      Matcher m = p.matcher(line);
      if (m.find() && m.start(1) > 0 && kind(line.substring(m.start(1))) == Kind.SIGNATURE) {
        return List.of(
            new Part(Kind.RECIPIENT, line.substring(0, m.start(1)).strip()),
            new Part(Kind.SIGNATURE, line.substring(m.start(1)).strip()));
      }
    }
    return List.of(new Part(Kind.RECIPIENT, line));
  }

  /** SIGNATURE for authority, title and remark lines, NAME for a personal name, RECIPIENT otherwise. */
  private Kind kind(String line) {
    if (LineShapes.AUTHORITY.matcher(line).find() || REMARK.matcher(line).matches()) {
      return Kind.SIGNATURE;
    }
    boolean title = line.length() <= MAX_TITLE_CHARS
        && LineShapes.inCapitals(line)
        && !LineShapes.startsBlock(line)
        && !documentTypes.contains(line.toUpperCase(Locale.ROOT));
    if (title) {
      return Kind.SIGNATURE;
    }
    return LineShapes.looksLikeName(line) ? Kind.NAME : Kind.RECIPIENT;
  }
}
