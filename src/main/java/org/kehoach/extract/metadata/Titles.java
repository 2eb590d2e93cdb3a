package org.kehoach.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.model.DecisionPart;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Span;
import org.kehoach.model.TitleBlock;

/**
 * The plan's title on one line: its title lines joined with one space, capitalisation kept ("Công tác bảo
 * vệ, chăm sóc trẻ em năm 2023"). When a decision issues the plan and no plan title follows it, the plan's
 * name is read from the decision's title ("Về việc ban hành Kế hoạch phát triển du lịch năm 2024" →
 * "Phát triển du lịch năm 2024"). Stateless.
 */
final class Titles {
  /** What precedes the plan's name in a decision title: "Về việc ban hành Kế hoạch", "V/v phê duyệt kế hoạch". */
  private static final Pattern DECISION_LEAD = Pattern.compile(
      "(?iu)^(?:về\\s+việc|v/v)?\\s*(?:ban\\s+hành|phê\\s+duyệt)\\s+(?:các\\s+)?kế\\s+hoạch\\s*[:\\-–]?\\s*");

  private Titles() {}

  /** The title and where it is, or {@code null} when the plan has none. */
  record Title(String text, Span span) {}

  static Title read(String text, PlanStructure s) {
    TitleBlock plan = s.title();
    if (plan != null && plan.title() != null) {
      return new Title(join(text, plan.titleLines()), plan.title());
    }
    DecisionPart d = s.decision();
    if (d != null && d.title().title() != null) {
      String decision = join(text, d.title().titleLines());
      Matcher m = DECISION_LEAD.matcher(decision);
      if (m.lookingAt() && m.end() < decision.length()) {
        String rest = decision.substring(m.end());
        return new Title(Character.toUpperCase(rest.charAt(0)) + rest.substring(1), d.title().title());
      }
    }
    return null;
  }

  private static String join(String text, List<Span> lines) {
    List<String> parts = new ArrayList<>();
    for (Span l : lines) {
      String t = NameText.collapse(text.substring(l.start(), l.end()));
      if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return String.join(" ", parts);
  }
}
