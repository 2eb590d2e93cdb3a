package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores the document fields and the signer, each right or wrong, by the rules: the number equal after the
 * fold with spaces removed; the title equal after the fold with a trailing run of ' ', '.', ':' ignored;
 * issuer level, issue date and plan year exactly equal; province and district equal after the fold; the
 * signer's folded name equal, where a gold signer of {@code null} (or without a name) means no name is
 * printed, so the prediction must have no signer or a signer without a name. Wherever the gold value is
 * {@code null} the prediction must be {@code null} (or absent) too.
 */
final class DocumentFieldsMatcher {
  private static final String TITLE_TRAILING = " .:";

  MetadataResult match(JsonNode gold, JsonNode prediction) {
    List<FieldCheck> checks = new ArrayList<>();
    for (MetadataField f : MetadataField.values()) {
      if (!JsonValues.has(gold, f.path())) {
        continue;
      }
      if (f == MetadataField.SIGNER) {
        checks.add(signer(gold, prediction));
        continue;
      }
      JsonNode g = JsonValues.at(gold, f.path());
      JsonNode p = JsonValues.at(prediction, f.path());
      checks.add(new FieldCheck(f, correct(f, g, p), JsonValues.show(g), JsonValues.show(p)));
    }
    return new MetadataResult(checks);
  }

  private static boolean correct(MetadataField f, JsonNode g, JsonNode p) {
    return switch (f) {
      case NUMBER -> Objects.equals(MatchKeys.compact(JsonValues.text(g)), MatchKeys.compact(JsonValues.text(p)));
      case TITLE -> Objects.equals(
          MatchKeys.foldTrimEnd(JsonValues.text(g), TITLE_TRAILING),
          MatchKeys.foldTrimEnd(JsonValues.text(p), TITLE_TRAILING));
      case PROVINCE, DISTRICT -> Objects.equals(
          MatchKeys.fold(JsonValues.text(g)), MatchKeys.fold(JsonValues.text(p)));
      case ISSUER_LEVEL, ISSUED_DATE, PLAN_YEAR -> JsonValues.sameValue(g, p);
      case SIGNER -> throw new IllegalStateException("the signer is scored by name");
    };
  }

  private static FieldCheck signer(JsonNode gold, JsonNode prediction) {
    String g = blankToNull(JsonValues.text(gold, "/signer/name"));
    String p = blankToNull(JsonValues.text(prediction, "/signer/name"));
    boolean correct = Objects.equals(MatchKeys.fold(g), MatchKeys.fold(p));
    return new FieldCheck(MetadataField.SIGNER, correct, quote(g), quote(p));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String quote(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }
}
