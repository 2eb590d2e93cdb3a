package org.kehoach.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.Signer;
import org.kehoach.text.Fold;

/**
 * Scores metadata against gold files by the gold README's rules: number equal after the fold with spaces
 * removed, title equal after the fold with trailing " .:" ignored, issuer level, issue date and plan year
 * exactly equal, province and district equal after the fold (null must be null), the signer's folded name
 * equal (a gold null means no name is printed). Counts right fields per field; not thread-safe.
 */
final class GoldScore {
  private final Map<String, int[]> perField = new LinkedHashMap<>();
  private final List<String> misses = new ArrayList<>();

  void add(String file, JsonNode gold, MetadataResult r) {
    PlanDocument d = r.document();
    JsonNode g = gold.path("document");
    field(file, "number", text(g.path("number")), d.number(), GoldScore::compact);
    field(file, "title", text(g.path("title")), d.title(), GoldScore::titleKey);
    field(file, "issuer.level", text(g.path("issuer").path("level")), d.issuer().level().name(), v -> v);
    field(file, "issuedDate", text(g.path("issuedDate")), d.issuedDate(), v -> v);
    field(file, "planYear", text(g.path("planYear")), d.planYear() == null ? null : d.planYear().toString(), v -> v);
    field(file, "province", text(g.path("location").path("province")), d.location().province(), Fold::fold);
    field(file, "district", text(g.path("location").path("district")), d.location().district(), Fold::fold);
    Signer signer = r.signer();
    field(file, "signer", text(gold.path("signer").path("name")), signer == null ? null : signer.name(), Fold::fold);
  }

  double accuracy() {
    int right = 0;
    int total = 0;
    for (int[] c : perField.values()) {
      right += c[0];
      total += c[1];
    }
    return total == 0 ? 0 : (double) right / total;
  }

  String report(String heading) {
    StringBuilder sb = new StringBuilder(heading).append('\n');
    int right = 0;
    int total = 0;
    for (Map.Entry<String, int[]> e : perField.entrySet()) {
      right += e.getValue()[0];
      total += e.getValue()[1];
      sb.append(String.format(Locale.ROOT, "  %-14s %d/%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
    sb.append(String.format(Locale.ROOT, "  %-14s %d/%d = %.3f%n", "all", right, total, accuracy()));
    misses.forEach(m -> sb.append("  MISS ").append(m).append('\n'));
    return sb.toString();
  }

  private void field(String file, String field, String gold, String predicted, Function<String, String> key) {
    int[] c = perField.computeIfAbsent(field, k -> new int[2]);
    c[1]++;
    if (Objects.equals(gold == null ? null : key.apply(gold), predicted == null ? null : key.apply(predicted))) {
      c[0]++;
    } else {
      misses.add(file + " " + field + ": gold " + quote(gold) + ", got " + quote(predicted));
    }
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  private static String compact(String s) {
    return Fold.fold(s).replace(" ", "");
  }

  private static String titleKey(String s) {
    String f = Fold.fold(s);
    int end = f.length();
    while (end > 0 && " .:".indexOf(f.charAt(end - 1)) >= 0) {
      end--;
    }
    return f.substring(0, end);
  }

  private static String quote(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }
}
