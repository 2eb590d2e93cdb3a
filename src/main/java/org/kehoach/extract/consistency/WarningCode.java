package org.kehoach.extract.consistency;

/**
 * The stable codes of the warnings the extractors and the consistency checker report, as written into
 * {@code warnings[].code} of the output. Codes are never renamed or reused; new ones are added at the end.
 */
public enum WarningCode {
  /** Budget lines listed under a total ("trong đó …") do not add up to it. */
  BUDGET_SUM_MISMATCH("budget lines do not add up to the stated total"),
  /** The amount repeated in words ("(Sáu trăm tám tư triệu đồng chẵn)") differs from the digits. */
  BUDGET_WORDS_MISMATCH("the amount in words disagrees with the amount in digits"),
  /** The plan is dated before a document it cites was issued. */
  ISSUED_BEFORE_CITED("the issue date is earlier than the date of a cited document"),
  /** The plan year is more than one year away from the issue year (or the issue year lies outside the period). */
  PLAN_YEAR_FAR_FROM_ISSUE("the plan year is far from the issue year"),
  /** A date that does not exist ("31 tháng 02"), in the header or in a citation; the value is left null. */
  INVALID_DATE("a date that does not exist"),
  /** A kind of section every plan has is missing (objectives or purpose, tasks, organisation). */
  MISSING_SECTION("a section every plan has is missing"),
  /** No plan title was found. */
  NO_TITLE("the plan has no title"),
  /** Something is due before the plan was issued. */
  DEADLINE_BEFORE_ISSUE("a deadline falls before the issue date");

  private final String description;

  WarningCode(String description) {
    this.description = description;
  }

  /** What the code means, in one line. */
  public String description() {
    return description;
  }
}
