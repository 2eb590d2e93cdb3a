package org.kehoach.extract.value;

import java.util.Map;
import java.util.OptionalLong;
import org.kehoach.text.Fold;

/**
 * Reads an amount written out in words, as plans repeat it after the digits:
 * "(Sáu trăm tám tư triệu đồng chẵn)" → 684,000,000. Understands the usual variants: "tư" for four,
 * "lăm"/"nhăm" for five after tens, "mốt" for one after tens, "linh"/"lẻ" for a zero ten, "mươi"/"mười",
 * "nghìn"/"ngàn", "tỷ"/"tỉ". Words that are not numerals ("đồng", "chẵn", "trong đó") are ignored.
 */
public final class MoneyWords {
  private static final Map<String, Integer> DIGITS = Map.ofEntries(
      Map.entry("khong", 0), Map.entry("mot", 1), Map.entry("hai", 2),
      Map.entry("ba", 3), Map.entry("bon", 4), Map.entry("tu", 4), Map.entry("nam", 5),
      Map.entry("lam", 5), Map.entry("nham", 5), Map.entry("sau", 6), Map.entry("bay", 7),
      Map.entry("tam", 8), Map.entry("chin", 9));

  private MoneyWords() {}

  /** The amount, or empty when the phrase holds no numerals or does not parse as an amount. */
  public static OptionalLong parse(String phrase) {
    String[] words = Fold.fold(phrase).split("[^a-z]+");
    long total = 0; // completed billions
    long millionsPart = 0; // below the current "tỷ"
    long group = 0; // below the current "triệu"/"nghìn", 0..999
    long current = 0; // the running 0..99 of tens and units
    boolean any = false;
    boolean afterTen = false;
    boolean spoken = false; // a numeral was said for "current" ("không trăm" is zero hundreds, not one)
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      Integer d = DIGITS.get(w);
      if (d != null) {
        if (afterTen) {
          current += d; // "hai mươi mốt", "mười lăm"
          afterTen = false;
        } else {
          current = current * 10 + d; // a digit after a hundred or at the start
        }
        any = true;
        spoken = true;
        continue;
      }
      switch (w) {
        case "muoi" -> {
          current = (spoken ? current : 1) * 10;
          afterTen = true;
          any = true;
          spoken = true;
        }
        case "linh", "le" -> afterTen = true;
        case "tram" -> {
          group += (spoken ? current : 1) * 100;
          current = 0;
          afterTen = false;
          any = true;
          spoken = false;
        }
        case "nghin", "ngan" -> {
          millionsPart += (group + current == 0 && !spoken ? 1 : group + current) * 1_000L;
          group = 0;
          current = 0;
          afterTen = false;
          spoken = false;
        }
        case "trieu" -> {
          millionsPart += (group + current == 0 && !spoken ? 1 : group + current) * 1_000_000L;
          group = 0;
          current = 0;
          afterTen = false;
          spoken = false;
        }
        case "ty", "ti" -> {
          long below = millionsPart + group + current;
          total += (below == 0 && !spoken ? 1 : below) * 1_000_000_000L;
          millionsPart = 0;
          group = 0;
          current = 0;
          afterTen = false;
          spoken = false;
        }
        default -> afterTen = false;
      }
    }
    if (!any) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(total + millionsPart + group + current);
  }
}
