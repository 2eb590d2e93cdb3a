package org.kehoach.structure;

import java.util.ArrayList;
import java.util.List;
import org.kehoach.model.Item;
import org.kehoach.model.Span;

/**
 * Builds the item tree of a section body like a list parser. A marker of a style already open closes
 * everything opened after it and becomes its sibling; a style not seen before nests under the open item,
 * after closing open items whose usual rank is deeper than its own (so "c)" after "- …" under "2.3." lands
 * under "2.3.", not under the dash). Lines that continue a hard-wrapped sentence are never markers.
 * Immutable.
 */
final class ItemTreeParser {
  private final ItemMarkerParser markers;

  ItemTreeParser(ItemMarkerParser markers) {
    this.markers = markers;
  }

  private record Node(Line line, Marker marker, int depth, int parent) {}

  /**
   * The items of lines {@code [from, to)}, every span ending at or before {@code end}; marker lines are labelled
   * {@link LineKind#ITEM} in {@code kinds}.
   */
  List<Item> parse(LineTable lines, LineKind[] kinds, int from, int to, int end, SpanFactory spans) {
    List<Node> nodes = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Line line = lines.get(i);
      if (line.isBlank() || lines.wrapsFromPrevious(i)) {
        continue;
      }
      Marker m = markers.parse(line.text());
      if (m == null) {
        continue;
      }
      int same = -1;
      for (int k = open.size() - 1; k >= 0; k--) {
        if (nodes.get(open.get(k)).marker().style().equals(m.style())) {
          same = k;
          break;
        }
      }
      if (same >= 0) {
        open.subList(same, open.size()).clear();
      } else {
        while (!open.isEmpty() && nodes.get(open.get(open.size() - 1)).marker().rank() > m.rank()) {
          open.remove(open.size() - 1);
        }
      }
      int parent = open.isEmpty() ? -1 : open.get(open.size() - 1);
      nodes.add(new Node(line, m, open.size(), parent));
      kinds[i] = LineKind.ITEM;
      open.add(nodes.size() - 1);
    }
    // an item ends where the next item at its depth or shallower starts
    int[] ends = new int[nodes.size()];
    List<Integer> pending = new ArrayList<>();
    List<List<Integer>> kids = new ArrayList<>();
    List<Integer> roots = new ArrayList<>();
    for (int k = 0; k < nodes.size(); k++) {
      Node n = nodes.get(k);
      while (!pending.isEmpty() && nodes.get(pending.get(pending.size() - 1)).depth() >= n.depth()) {
        ends[pending.remove(pending.size() - 1)] = n.line().start();
      }
      pending.add(k);
      kids.add(new ArrayList<>());
      (n.parent() < 0 ? roots : kids.get(n.parent())).add(k);
    }
    for (int k : pending) {
      ends[k] = end;
    }
    return build(roots, nodes, kids, ends, spans);
  }

  private List<Item> build(List<Integer> which, List<Node> nodes, List<List<Integer>> kids, int[] ends,
      SpanFactory spans) {
    List<Item> out = new ArrayList<>(which.size());
    for (int k : which) {
      Node n = nodes.get(k);
      List<Item> children = build(kids.get(k), nodes, kids, ends, spans);
      int start = n.line().start();
      Span span = spans.trimmed(start, ends[k]);
      int textEnd = children.isEmpty() ? span.end() : children.get(0).span().start();
      Span text = spans.trimmed(Math.min(start + n.marker().textStart(), textEnd), textEnd);
      out.add(new Item(n.marker().type(), n.marker().number(), n.marker().label(), span, text, children));
    }
    return out;
  }
}
