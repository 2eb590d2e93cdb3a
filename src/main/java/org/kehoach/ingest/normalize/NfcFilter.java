package org.kehoach.ingest.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.kehoach.text.Nfc;

/**
 * Unicode NFC. Seeds and converters mix decomposed syllables (a base letter followed by combining U+0303 or
 * U+0309) into composed text, and matching, folding and the gold data all assume NFC. Each base letter
 * with its combining marks is recomposed by its own edit, so page boundaries are untouched.
 */
public final class NfcFilter implements TextFilter {
  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    if (Nfc.plainlyNormalized(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      return in;
    }
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      // an inert character before another (or at the end) is a lone cluster that is NFC: most characters are,
      // and they skip the code point and character type look-ups
      if (Nfc.inert(s.charAt(i)) && (i + 1 == n || Nfc.inert(s.charAt(i + 1)))) {
        i++;
        continue;
      }
      int start = i;
      i += Character.charCount(s.codePointAt(i));
      while (i < s.length() && isMark(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (i - start == 1 && Nfc.inert(s.charAt(start))) {
        continue; // a lone character of the ranges that are always NFC, as most are
      }
      String cluster = s.substring(start, i);
      if (!Normalizer.isNormalized(cluster, Normalizer.Form.NFC)) {
        edits.add(new Edit(start, i, Normalizer.normalize(cluster, Normalizer.Form.NFC)));
      }
    }
    return in.apply(edits);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
