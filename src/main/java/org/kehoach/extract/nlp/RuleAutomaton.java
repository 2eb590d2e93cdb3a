package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The automaton TokensRegex compiled a rule into, reduced to its token-pattern states, to answer two
 * questions cheaply that TokensRegex answers only by a full search (a fresh search state at every start it
 * tries): which token patterns can take the first token of a match ({@link #starts}), and where the
 * matches starting at a given token can end ({@link #end}). TokensRegex's search at a start succeeds
 * exactly when some path of the automaton from its start state to its final state accepts the tokens from
 * there on, and the match it then picks is one of those paths: so where the automaton finds no path,
 * TokensRegex finds no match, and where all paths end at the same token, that is the match TokensRegex
 * finds, whichever path it prefers.
 *
 * <p>TokensRegex does not expose the automaton: it is read by reflection from the compiled pattern. A rule
 * whose automaton holds a state other than token patterns, plain and group start/end states and the final
 * state (a repetition counter, a multi-token pattern, a sequence anchor, a back reference), a rule that can
 * match no token at all, and any failure to read it (another CoreNLP version) give no automaton: the rule
 * is then tried at every token. Immutable; {@link #matchesFrom} uses scratch space, so an instance serves
 * one thread.
 */
final class RuleAutomaton {
  /** {@link #end}: no match starts there. */
  static final int NONE = -1;
  /** {@link #end}: matches of different lengths start there. */
  static final int SEVERAL = -2;

  private static final String PACKAGE = "edu.stanford.nlp.ling.tokensregex.";
  /** The states that take no token and only lead on to their next states, by class name. */
  private static final Set<String> PASSING = Set.of(PACKAGE + "SequencePattern$State",
      PACKAGE + "SequencePattern$GroupStartState", PACKAGE + "SequencePattern$GroupEndState");
  private static final String NODE_STATE = PACKAGE + "SequencePattern$NodePatternState";
  private static final String FINAL_STATE = PACKAGE + "SequencePattern$MatchState";

  /** The token pattern of each token state. */
  private final NodePattern<CoreMap>[] patterns;
  /** The token states a match can start with. */
  private final int[] first;
  /** Per token state, the token states that can follow it. */
  private final int[][] follow;
  /** Per token state, whether a match can end with it. */
  private final boolean[] ends;
  /** Scratch: the token states alive before and after a token, and which are already in the next set. */
  private int[] current;
  private int[] next;
  private final boolean[] added;

  private RuleAutomaton(NodePattern<CoreMap>[] patterns, int[] first, int[][] follow, boolean[] ends) {
    this.patterns = patterns;
    this.first = first;
    this.follow = follow;
    this.ends = ends;
    this.current = new int[patterns.length];
    this.next = new int[patterns.length];
    this.added = new boolean[patterns.length];
  }

  /** The automaton of {@code pattern}, or null when it cannot be read or the pattern can match nothing. */
  @SuppressWarnings("unchecked")
  static RuleAutomaton of(SequencePattern<CoreMap> pattern) {
    try {
      Reader reader = new Reader();
      Closure start = reader.closure(List.of(reader.root(pattern)));
      if (start == null || start.ends) {
        return null;
      }
      List<int[]> follows = new ArrayList<>();
      List<Boolean> ends = new ArrayList<>();
      // token states are numbered as found; each one's successors may find more
      for (int k = 0; k < reader.nodes.size(); k++) {
        Closure c = reader.closure(reader.next(reader.nodes.get(k)));
        if (c == null) {
          return null;
        }
        follows.add(c.nodes);
        ends.add(c.ends);
      }
      int[][] follow = follows.toArray(new int[0][]);
      boolean[] end = new boolean[ends.size()];
      for (int k = 0; k < end.length; k++) {
        end[k] = ends.get(k);
      }
      NodePattern<CoreMap>[] patterns = new NodePattern[reader.nodes.size()];
      for (int k = 0; k < patterns.length; k++) {
        patterns[k] = (NodePattern<CoreMap>) reader.nodeField.get(reader.nodes.get(k));
      }
      return new RuleAutomaton(patterns, start.nodes, follow, end);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The token patterns that can take the first token of a match. */
  List<NodePattern<CoreMap>> starts() {
    return Arrays.stream(first).mapToObj(k -> patterns[k]).distinct().toList();
  }

  /**
   * Where the matches of at least one token that start at {@code tokens[start]} and end by {@code tokens[limit
   * - 1]} end: one past their last token when all end at the same token, else {@link #NONE} or {@link
   * #SEVERAL}.
   */
  int end(List<? extends CoreMap> tokens, int start, int limit) {
    int found = NONE;
    int[] live = first;
    int size = first.length;
    for (int i = start; i < limit && size > 0; i++) {
      CoreMap token = tokens.get(i);
      int grown = 0;
      for (int a = 0; a < size; a++) {
        int k = live[a];
        if (!patterns[k].match(token)) {
          continue;
        }
        if (ends[k] && found != i + 1) {
          if (found != NONE) {
            clear(grown);
            return SEVERAL;
          }
          found = i + 1;
        }
        for (int f : follow[k]) {
          if (!added[f]) {
            added[f] = true;
            next[grown++] = f;
          }
        }
      }
      clear(grown);
      int[] swap = current;
      current = next;
      next = swap;
      live = current;
      size = grown;
    }
    return found;
  }

  /** Unmarks the first {@code n} states of the set just built. */
  private void clear(int n) {
    for (int a = 0; a < n; a++) {
      added[next[a]] = false;
    }
  }

  /** The token states reached from some states without taking a token, and whether the final state is. */
  private record Closure(int[] nodes, boolean ends) {}

  /** Reads the states of compiled patterns by reflection, numbering token states as it meets them. */
  private static final class Reader {
    final Field rootField;
    final Field nextField;
    final Field nodeField;
    final List<Object> nodes = new ArrayList<>();
    final Map<Object, Integer> numbers = new IdentityHashMap<>();

    Reader() throws ReflectiveOperationException {
      rootField = SequencePattern.class.getDeclaredField("root");
      rootField.setAccessible(true);
      nextField = Class.forName(PACKAGE + "SequencePattern$State").getDeclaredField("next");
      nextField.setAccessible(true);
      nodeField = Class.forName(NODE_STATE).getDeclaredField("pattern");
      nodeField.setAccessible(true);
    }

    Object root(SequencePattern<?> pattern) throws IllegalAccessException {
      return rootField.get(pattern);
    }

    @SuppressWarnings("unchecked")
    Set<Object> next(Object state) throws IllegalAccessException {
      Set<Object> next = (Set<Object>) nextField.get(state);
      return next == null ? Set.of() : next;
    }

    /** The closure of {@code from}, or null when it meets a state this reading does not know. */
    Closure closure(Iterable<Object> from) throws IllegalAccessException {
      List<Integer> out = new ArrayList<>();
      boolean ends = false;
      Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      Deque<Object> todo = new ArrayDeque<>();
      from.forEach(todo::push);
      while (!todo.isEmpty()) {
        Object state = todo.pop();
        if (!seen.add(state)) {
          continue;
        }
        String kind = state.getClass().getName();
        if (kind.equals(NODE_STATE)) {
          Integer k = numbers.get(state);
          if (k == null) {
            k = nodes.size();
            nodes.add(state);
            numbers.put(state, k);
          }
          out.add(k);
        } else if (kind.equals(FINAL_STATE)) {
          ends = true;
        } else if (PASSING.contains(kind)) {
          Set<Object> next = next(state);
          if (next.isEmpty()) {
            return null; // a dangling state: not an automaton this reading understands
          }
          next.forEach(todo::push);
        } else {
          return null;
        }
      }
      return new Closure(out.stream().mapToInt(Integer::intValue).toArray(), ends);
    }
  }
}
