package org.kehoach.extract.consistency;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.extract.value.VietDates;
import org.kehoach.model.Deadline;
import org.kehoach.model.LegalReference;
import org.kehoach.model.Period;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.Span;
import org.kehoach.model.Warning;

/**
 * Dates that contradict each other or do not exist: an issue date before a cited document's date, a plan
 * year far from the issue year, a deadline before the issue date, a cited date such as "31 tháng 02".
 */
final class DateConsistency {
  /** The year of an issue date as written, when its day and month are blank: "ngày … tháng … năm 2025". */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  /** A run of whitespace, collapsed when a date is quoted: "ngày 31 tháng  02". */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private DateConsistency() {}

  static void check(ConsistencyInput in, List<Warning> out) {
    PlanDocument doc = in.document();
    String issued = doc.issuedDate();
    if (issued != null) {
      for (LegalReference r : in.legalBasis()) {
        if (r.date() != null && r.date().substring(0, issued.length()).compareTo(issued) > 0) {
          out.add(new Warning(WarningCode.ISSUED_BEFORE_CITED.name(),
              "expected the plan's issue date " + issued + " to be on or after the date of the cited "
                  + cited(r) + ", found it earlier than " + r.date(),
              r.span()));
        }
      }
      if (issued.length() == 10) {
        for (Deadline d : in.deadlines()) {
          if (d.date().compareTo(issued) < 0) {
            out.add(new Warning(WarningCode.DEADLINE_BEFORE_ISSUE.name(),
                "expected '" + d.text().strip() + "' (" + d.date() + ") to fall on or after the issue date " + issued
                    + ", found it earlier",
                d.span()));
          }
        }
      }
    }
    planYear(in, out);
    invalidCitedDates(in, out);
  }

  private static void planYear(ConsistencyInput in, List<Warning> out) {
    PlanDocument doc = in.document();
    Integer issueYear = issueYear(doc);
    if (issueYear == null) {
      return;
    }
    if (doc.planYear() != null && Math.abs(doc.planYear() - issueYear) > 1) {
      out.add(new Warning(WarningCode.PLAN_YEAR_FAR_FROM_ISSUE.name(),
          "expected the plan year to be within one year of the issue year " + issueYear + ", found " + doc.planYear(),
          in.issuedDateSpan()));
    }
    Period p = doc.period();
    if (p != null && (issueYear < p.from() - 1 || issueYear > p.to())) {
      out.add(new Warning(WarningCode.PLAN_YEAR_FAR_FROM_ISSUE.name(),
          "expected the issue year " + issueYear + " to lie in or just before the period " + p.from() + "-" + p.to()
              + ", found it outside",
          in.issuedDateSpan()));
    }
  }

  private static Integer issueYear(PlanDocument doc) {
    if (doc.issuedDate() != null) {
      return Integer.valueOf(doc.issuedDate().substring(0, 4));
    }
    if (doc.issuedDateText() != null) {
      Matcher m = YEAR.matcher(doc.issuedDateText());
      if (m.find()) {
        return Integer.valueOf(m.group(1));
      }
    }
    return null;
  }

  /** A citation without a date whose written date does not exist ("ngày 31 tháng 02 năm 2020"). */
  private static void invalidCitedDates(ConsistencyInput in, List<Warning> out) {
    String text = in.text();
    for (LegalReference r : in.legalBasis()) {
      if (r.date() != null || r.span().end() > text.length()) {
        continue;
      }
      for (VietDates.Found f : VietDates.find(text, r.span().start(), r.span().end())) {
        if (f.hasYear() && f.date().complete() && !f.date().valid()) {
          out.add(new Warning(WarningCode.INVALID_DATE.name(),
              "expected a date that exists for the cited " + cited(r) + ", found '"
                  + SPACES.matcher(text.substring(f.start(), f.end())).replaceAll(" ") + "'; its date is left empty",
              new Span(f.start(), f.end(), r.span().page())));
        }
      }
    }
  }

  private static String cited(LegalReference r) {
    return (r.type() == null ? "document" : r.type()) + " " + r.number();
  }
}
