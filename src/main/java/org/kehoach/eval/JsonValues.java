package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reads from gold and prediction trees. A missing key and an explicit {@code null} both read as
 * Java {@code null}; a list that is missing or not an array reads as empty, so a broken prediction scores
 * low instead of stopping the evaluation.
 */
final class JsonValues {
  private JsonValues() {}

  /** The node at a JSON pointer, or null when it is missing or JSON null. */
  static JsonNode at(JsonNode root, String pointer) {
    if (root == null) {
      return null;
    }
    JsonNode n = root.at(pointer);
    return n.isMissingNode() || n.isNull() ? null : n;
  }

  /** Whether the key at the pointer is present, even with a null value. */
  static boolean has(JsonNode root, String pointer) {
    return root != null && !root.at(pointer).isMissingNode();
  }

  /** Scalar text at a pointer: strings as they are, other scalars in JSON form, missing or null as null. */
  static String text(JsonNode root, String pointer) {
    return text(at(root, pointer));
  }

  static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    return n.isValueNode() ? n.asText() : n.toString();
  }

  /** The elements of the array under {@code key}, or an empty list. */
  static List<JsonNode> items(JsonNode root, String key) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode arr = root == null ? null : root.get(key);
    if (arr != null && arr.isArray()) {
      arr.forEach(out::add);
    }
    return out;
  }

  /** The {@code optional} flag of a gold item; false unless it is literally true. */
  static boolean optional(JsonNode item) {
    return item.isObject() && item.path("optional").asBoolean(false);
  }

  /** The number at a pointer, or null when it is missing, null or not a number. */
  static BigDecimal number(JsonNode root, String pointer) {
    JsonNode n = at(root, pointer);
    return n != null && n.isNumber() ? n.decimalValue() : null;
  }

  /** Both missing/null, or both numbers of equal value, or both equal non-numeric JSON. */
  static boolean sameValue(JsonNode a, JsonNode b) {
    boolean aNull = a == null || a.isNull() || a.isMissingNode();
    boolean bNull = b == null || b.isNull() || b.isMissingNode();
    if (aNull || bNull) {
      return aNull && bNull;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  /** JSON text of a node for reports; missing reads as {@code null}. */
  static String show(JsonNode n) {
    return n == null || n.isMissingNode() ? "null" : n.toString();
  }
}
