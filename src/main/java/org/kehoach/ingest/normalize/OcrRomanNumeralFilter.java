package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Repairs the usual OCR misreading of Roman section numbers, "II" seen as "H": "H. NỘI DUNG" and "HI. TỔ
 * CHỨC" become "II." and "III.". Only a number that starts a heading written in capitals is changed, and
 * only when it contains an H, which no Roman numeral does, and reads as a well-formed numeral once repaired
 * ("HIV." stays).
 */
public final class OcrRomanNumeralFilter implements TextFilter {
  /** A Roman heading number holding an H, at a line start: "H. ", "HI.", "IH.", "VH." (group 1). */
  private static final Pattern MISREAD = Pattern.compile("(?m)^([IVXH]{0,4}H[IVXH]{0,4})\\.(?=\\s*\\p{Lu})(.*)$");

  /** A well-formed Roman number up to XXXIX: "II", "VII", "XIV". */
  private static final Pattern ROMAN = Pattern.compile("X{0,3}(?:IX|IV|V?I{0,3})");

  @Override
  public PagedText apply(PagedText in) {
    List<Edit> edits = new ArrayList<>();
    for (MatchResult m : LineStartMatches.of(MISREAD, in.text(), OcrRomanNumeralFilter::mayStartNumeral)) {
      String numeral = m.group(1).replace("H", "II");
      if (ROMAN.matcher(numeral).matches() && opensInCapitals(m.group(2))) {
        edits.add(new Edit(m.start(1), m.end(1), numeral));
      }
    }
    return in.apply(edits);
  }

  /** What {@link #MISREAD} can start with. */
  private static boolean mayStartNumeral(char c) {
    return c == 'I' || c == 'V' || c == 'X' || c == 'H';
  }

  /**
   * The heading words are capitals, though same-line content may follow ("HI. KINH PHÍ THỰC HIỆN Ngân sách
   * …"): the first two words must be written in capitals.
   */
  private static boolean opensInCapitals(String rest) {
    String[] words = LineShapes.SPACES.split(rest.strip(), 3);
    if (words.length < 2) {
      return LineShapes.inCapitals(rest);
    }
    for (int i = 0; i < 2; i++) {
      String w = words[i];
      if (w.codePoints().noneMatch(Character::isLetter)
          || w.codePoints().anyMatch(c -> Character.isLetter(c) && !Character.isUpperCase(c))) {
        return false;
      }
    }
    return true;
  }
}
