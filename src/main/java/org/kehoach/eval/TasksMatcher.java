package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores tasks, only in files whose gold lists them. A gold task is right when a predicted task with the
 * same {@code number} (equal after the fold) has a {@code lead} list of the same length in which every gold
 * lead (a phrase or a list of alternatives) is contained in its own folded predicted lead, and a
 * {@code timeline} equal to the gold's after the fold with a trailing '.' ignored. A gold task without a
 * {@code lead} or {@code timeline} key does not check it. Each predicted task serves one gold task at most;
 * every predicted task that serves none is a false positive, so where the gold lists the tasks the output
 * should list exactly those.
 *
 * <p>Attributes {@code lead} and {@code timeline} give the accuracy of each check over the gold tasks for
 * which a task with the same number was predicted, to tell a wrong lead from a missing task.
 */
final class TasksMatcher implements PartMatcher {
  static final String LEAD = "lead";
  static final String TIMELINE = "timeline";
  private static final String TIMELINE_TRAILING = ".";

  /** One gold task; {@code leads} is null when not checked, {@code timeline} is checked when present. */
  private record Gold(String number, List<Phrase> leads, boolean hasTimeline, String timeline, boolean optional) {}

  /** One predicted task, folded. */
  private record Pred(String number, List<String> leads, String timeline, String timelineKey) {}

  @Override
  public Part part() {
    return Part.TASKS;
  }

  @Override
  public Optional<PartResult> match(JsonNode gold, JsonNode prediction) {
    if (!gold.has(part().key())) {
      return Optional.empty();
    }
    List<Gold> g = readGold(JsonValues.items(gold, part().key()));
    List<Pred> p = new ArrayList<>();
    for (JsonNode n : JsonValues.items(prediction, part().key())) {
      List<String> leads = new ArrayList<>();
      JsonValues.items(n, LEAD).forEach(l -> leads.add(JsonValues.text(l)));
      String timeline = JsonValues.text(n, "/" + TIMELINE);
      p.add(new Pred(MatchKeys.fold(JsonValues.text(n, "/number")), leads, timeline,
          MatchKeys.foldTrimEnd(timeline, TIMELINE_TRAILING)));
    }
    boolean[] optional = new boolean[g.size()];
    for (int i = 0; i < optional.length; i++) {
      optional[i] = g.get(i).optional();
    }
    Pairing pairing = Pairing.of(optional, p.size(),
        (a, b) -> sameNumber(g.get(a), p.get(b)) && leadsOk(g.get(a), p.get(b)) && timelineOk(g.get(a), p.get(b)));

    List<String> notes = new ArrayList<>();
    Accuracy lead = Accuracy.NONE;
    Accuracy timeline = Accuracy.NONE;
    for (int a = 0; a < g.size(); a++) {
      Gold gt = g.get(a);
      Pred candidate = pairing.predOf(a) >= 0 ? p.get(pairing.predOf(a)) : firstWithNumber(gt, p);
      if (candidate == null) {
        continue;
      }
      if (gt.leads() != null) {
        boolean ok = leadsOk(gt, candidate);
        lead = lead.plus(Accuracy.of(ok));
        if (!ok) {
          notes.add("task " + gt.number() + ": lead " + candidate.leads() + ", expected " + gt.leads());
        }
      }
      if (gt.hasTimeline()) {
        boolean ok = timelineOk(gt, candidate);
        timeline = timeline.plus(Accuracy.of(ok));
        if (!ok) {
          notes.add("task " + gt.number() + ": timeline " + quote(candidate.timeline()) + ", expected "
              + quote(gt.timeline()));
        }
      }
    }
    Map<String, Accuracy> attributes = new LinkedHashMap<>();
    attributes.put(LEAD, lead);
    attributes.put(TIMELINE, timeline);
    return Optional.of(pairing.result(part(),
        a -> "task " + g.get(a).number() + (firstWithNumber(g.get(a), p) == null ? " (no task with this number)" : ""),
        b -> "task " + p.get(b).number() + " " + p.get(b).leads(),
        notes, attributes));
  }

  private static boolean sameNumber(Gold g, Pred p) {
    return g.number().equals(p.number());
  }

  /** Same length, and a perfect matching of gold leads into distinct predicted leads that contain them. */
  private static boolean leadsOk(Gold g, Pred p) {
    if (g.leads() == null) {
      return true;
    }
    if (g.leads().size() != p.leads().size()) {
      return false;
    }
    List<String> folded = p.leads().stream().map(MatchKeys::fold).toList();
    int[] m = BipartiteMatching.match(g.leads().size(), folded.size(),
        (a, b) -> g.leads().get(a).foundIn(folded.get(b)));
    return Arrays.stream(m).allMatch(r -> r >= 0);
  }

  private static boolean timelineOk(Gold g, Pred p) {
    return !g.hasTimeline() || Objects.equals(g.timeline(), p.timelineKey());
  }

  private static Pred firstWithNumber(Gold g, List<Pred> p) {
    return p.stream().filter(t -> sameNumber(g, t)).findFirst().orElse(null);
  }

  private static String quote(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private static List<Gold> readGold(List<JsonNode> items) {
    List<Gold> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i);
      String where = "tasks[" + i + "]";
      String number = MatchKeys.fold(JsonValues.text(n, "/number"));
      if (number == null || number.isEmpty()) {
        throw new IllegalArgumentException(where + ".number: missing");
      }
      List<Phrase> leads = null;
      JsonNode leadNode = n.get(LEAD);
      if (leadNode != null && !leadNode.isNull()) {
        if (!leadNode.isArray()) {
          throw new IllegalArgumentException(where + ".lead: expected a list, found " + leadNode);
        }
        leads = new ArrayList<>();
        for (int j = 0; j < leadNode.size(); j++) {
          leads.add(Phrase.of(leadNode.get(j), where + ".lead[" + j + "]"));
        }
      }
      boolean hasTimeline = n.has(TIMELINE);
      String timeline = MatchKeys.foldTrimEnd(JsonValues.text(n, "/" + TIMELINE), TIMELINE_TRAILING);
      out.add(new Gold(number, leads, hasTimeline, timeline, JsonValues.optional(n)));
    }
    return out;
  }
}
