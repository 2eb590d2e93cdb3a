package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The aliases every unit gets from its type: each usual prefix before the bare name ("tỉnh Quảng Ninh",
 * "TP. Cẩm Phả", "H. Lý Sơn"), and for numbered units the glued short forms ("Q.1", "Q1", "P5"). Curated,
 * unit-specific aliases (TP.HCM, spelling variants) come from the sources file instead.
 */
public final class AdminAliasRules {
  /** The generated aliases of a unit of {@code type} named {@code name}, in a stable order, no duplicates. */
  public List<String> aliases(UnitType type, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String prefix : type.prefixes()) {
      out.add(prefix + " " + name);
    }
    if (isNumber(name)) {
      for (String prefix : type.prefixes()) {
        if (prefix.endsWith(".")) {
          String letter = prefix.substring(0, prefix.length() - 1);
          out.add(prefix + name);
          out.add(letter + name);
        }
      }
    }
    out.remove(name);
    return List.copyOf(new ArrayList<>(out));
  }

  /** True for names that are only a number ("1" of Quận 1): such names are never matched bare. */
  public static boolean isNumber(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
