package org.kehoach.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.model.Period;
import org.kehoach.model.Span;

/**
 * Reads the year a plan is for, or the period it covers, from its title or, failing that, from the sentence
 * that builds it ("Uỷ ban nhân dân tỉnh xây dựng kế hoạch thực hiện năm 2014 như sau") and the closing
 * statement ("Trên đây là kế hoạch … năm 2023"). Never from the issue date: a plan for 2023 is often signed
 * in 2022. Stateless.
 */
final class PlanYears {
  /** A period: "giai đoạn 2021-2030", "năm học 2024 - 2025", "2011- 2015", "từ năm 2021 đến năm 2025". */
  private static final Pattern PERIOD = Pattern.compile(
      "(?iu)(?<!\\d)((?:19|20)\\d{2})\\s{0,3}(?:[-–—]|đến(?:\\s+năm)?)\\s{0,3}((?:19|20)\\d{2})(?!\\d)");
  /** A year named as such: "năm 2023" (not "tháng 02 năm 2022", "đến năm 2030": checked in code). */
  private static final Pattern YEAR = Pattern.compile("(?iu)(?<!\\p{L})năm\\s{1,3}((?:19|20)\\d{2})(?![\\d/])");
  /**
   * What may stand before "năm YYYY" when that year is not the plan's: a date ("tháng 02 năm 2022"), an end
   * point ("đến năm 2030"), a law's name ("Luật Trẻ em năm 2016").
   */
  private static final Pattern NOT_PLAN_YEAR =
      Pattern.compile("(?iu)(?:tháng\\s*[\\d.…_]{0,3}|đến|tới|từ|trước|luật[^,;\\d]{0,60}?)\\s*$");
  /** A year standing alone, not inside a number, date or code: "Tết Trung thu 2024" (not "26/2021/NQ-HĐND"). */
  private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d/.\\-–])((?:19|20)\\d{2})(?![\\d/.\\-–])");
  /** The sentence that builds the plan: "xây dựng kế hoạch …", "ban hành Kế hoạch …" (not "Kế hoạch số …"). */
  private static final Pattern BUILDS_PLAN = Pattern.compile(
      "(?iu)(?:xây\\s+dựng|ban\\s+hành|lập)\\s+(?:các\\s+)?kế\\s+hoạch(?!\\s+số)([^.;:\\n]{0,200})");
  /** The closing statement: "Trên đây là kế hoạch …", "Trên đây là nội dung Kế hoạch …". */
  private static final Pattern CLOSING = Pattern.compile(
      "(?iu)trên\\s+đây\\s+là\\s+(?:nội\\s+dung\\s+)?kế\\s+hoạch(?!\\s+số)([^.;:\\n]{0,200})");

  private PlanYears() {}

  /**
   * The year or period a phrase (a title) names: the last year named as "năm YYYY" that is not part of a
   * date or an end point ("đến năm 2030") nor of a period; else the first period; else the last year standing
   * alone ("Tết Trung thu 2024"); else none.
   */
  static PlanTime fromPhrase(String s) {
    List<int[]> periods = new ArrayList<>();
    Period first = null;
    Matcher p = PERIOD.matcher(s);
    while (p.find()) {
      int from = Integer.parseInt(p.group(1));
      int to = Integer.parseInt(p.group(2));
      if (to > from && to - from <= 30) {
        periods.add(new int[] {p.start(), p.end()});
        if (first == null) {
          first = new Period(from, to);
        }
      }
    }
    Integer year = null;
    List<int[]> named = new ArrayList<>();
    Matcher y = YEAR.matcher(s);
    while (y.find()) {
      named.add(new int[] {y.start(1), y.end(1)});
      if (inside(periods, y.start(1)) || NOT_PLAN_YEAR.matcher(s.substring(Math.max(0, y.start() - 80), y.start())).find()) {
        continue;
      }
      year = Integer.valueOf(y.group(1));
    }
    if (year != null) {
      return new PlanTime(year, null);
    }
    if (first != null) {
      return new PlanTime(null, first);
    }
    Matcher b = BARE_YEAR.matcher(s);
    while (b.find()) {
      if (!inside(named, b.start()) && !NOT_PLAN_YEAR.matcher(s.substring(Math.max(0, b.start() - 80), b.start())).find()) {
        year = Integer.valueOf(b.group(1));
      }
    }
    return year == null ? PlanTime.NONE : new PlanTime(year, null);
  }

  /** The year or period of the sentence building the plan in the preamble (last first), else of the closing statement. */
  static PlanTime fromBody(String text, List<Span> preamble, Span closingStatement) {
    for (int i = preamble.size() - 1; i >= 0; i--) {
      PlanTime t = fromSentences(BUILDS_PLAN, text, preamble.get(i));
      if (!t.isEmpty()) {
        return t;
      }
    }
    return closingStatement == null ? PlanTime.NONE : fromSentences(CLOSING, text, closingStatement);
  }

  private static PlanTime fromSentences(Pattern sentence, String text, Span span) {
    Matcher m = sentence.matcher(text).region(span.start(), span.end());
    PlanTime last = PlanTime.NONE;
    while (m.find()) {
      PlanTime t = fromPhrase(m.group(1));
      if (!t.isEmpty()) {
        last = t;
      }
    }
    return last;
  }

  private static boolean inside(List<int[]> ranges, int pos) {
    for (int[] r : ranges) {
      if (pos >= r[0] && pos < r[1]) {
        return true;
      }
    }
    return false;
  }
}
