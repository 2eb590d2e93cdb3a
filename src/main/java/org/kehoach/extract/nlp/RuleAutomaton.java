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
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>TokensRegex does not expose the automaton: it is read by reflection from the compiled pattern. A
 * repetition TokensRegex keeps as a counting state ({@code X{1,10}}: more than five copies) is unrolled into
 * one copy of its body's token states per count. A rule whose automaton holds any other state than token
 * patterns, plain and group start/end states, the final state and the sequence end {@code $} (a multi-token
 * pattern, the sequence start {@code ^}, a back reference, a repetition inside another or one whose body can
 * match no token), a rule that can match no token at all, and any failure to read it (another CoreNLP
 * version) give no automaton: the rule is then tried at every token. Immutable but for scratch space used by {@link #end}, so an instance serves
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
  /** A repetition TokensRegex does not unroll ({@code X{1,10}}, more than five copies), counting per branch. */
  /** The sequence end anchor {@code $}. */
  private static final String SEQUENCE_END = PACKAGE + "SequencePattern$SeqEndState";
  private static final String REPEAT_STATE = PACKAGE + "SequencePattern$RepeatState";
  /** More token states than this (unrolled repetitions) are not worth tracking: the rule is then tried everywhere. */
  private static final int MAX_STATES = 256;

  /** The token pattern of each token state. */
  private final NodePattern<CoreMap>[] patterns;
  /** The token states a match can start with. */
  private final int[] first;
  /** Per token state, the token states that can follow it. */
  private final int[][] follow;
  /** Per token state, whether a match can end with it. */
  private final boolean[] ends;
  /** Per token state, whether a match can end with it when it takes the last token of the sequence ({@code $}). */
  private final boolean[] endsAtEnd;
  /** Scratch: the token states alive before and after a token, and which are already in the next set. */
  private int[] current;
  private int[] next;
  private final boolean[] added;

  private RuleAutomaton(NodePattern<CoreMap>[] patterns, int[] first, int[][] follow, boolean[] ends,
      boolean[] endsAtEnd) {
    this.patterns = patterns;
    this.first = first;
    this.follow = follow;
    this.ends = ends;
    this.endsAtEnd = endsAtEnd;
    this.current = new int[patterns.length];
    this.next = new int[patterns.length];
    this.added = new boolean[patterns.length];
  }

  /** The automaton of {@code pattern}, or null when it cannot be read or the pattern can match nothing. */
  @SuppressWarnings("unchecked")
  static RuleAutomaton of(SequencePattern<CoreMap> pattern) {
    try {
      Reader reader = new Reader();
      Closure start = reader.closure(List.of(new Config(reader.root(pattern), null, 0)));
      if (start == null || start.ends) {
        return null;
      }
      List<int[]> follows = new ArrayList<>();
      List<Boolean> ends = new ArrayList<>();
      List<Boolean> endsAtEnd = new ArrayList<>();
      // token states are numbered as found; each one's successors may find more
      for (int k = 0; k < reader.nodes.size(); k++) {
        Closure c = reader.closure(reader.next(reader.nodes.get(k)));
        if (c == null || reader.nodes.size() > MAX_STATES) {
          return null;
        }
        follows.add(c.nodes);
        ends.add(c.ends);
        endsAtEnd.add(c.endsAtEnd);
      }
      int[][] follow = follows.toArray(new int[0][]);
      boolean[] end = new boolean[ends.size()];
      boolean[] atEnd = new boolean[ends.size()];
      for (int k = 0; k < end.length; k++) {
        end[k] = ends.get(k);
        atEnd[k] = endsAtEnd.get(k);
      }
      NodePattern<CoreMap>[] patterns = new NodePattern[reader.nodes.size()];
      for (int k = 0; k < patterns.length; k++) {
        patterns[k] = (NodePattern<CoreMap>) reader.nodeField.get(reader.nodes.get(k).state());
      }
      return new RuleAutomaton(patterns, start.nodes, follow, end, atEnd);
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
   * #SEVERAL}. {@code limit} is the end of the sequence TokensRegex searches, where {@code $} holds.
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
        if ((ends[k] || endsAtEnd[k] && i == limit - 1) && found != i + 1) {
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
  private record Closure(int[] nodes, boolean ends, boolean endsAtEnd) {}

  /**
   * A state of the compiled pattern within at most one bounded repetition ({@code X{1,10}}): {@code repeat}
   * is the repetition whose body the state lies in and {@code count} how many times that body has been
   * entered, as TokensRegex counts them per branch; outside a repetition {@code repeat} is null. States have
   * identity equality, so configurations are equal when they stand for the same state and count.
   */
  private record Config(Object state, Object repeat, int count) {}

  /** Reads the states of compiled patterns by reflection, numbering token states as it meets them. */
  private static final class Reader {
    final Field rootField;
    final Field nextField;
    final Field nodeField;
    final Field repeatStartField;
    final Field minField;
    final Field maxField;
    final List<Config> nodes = new ArrayList<>();
    final Map<Config, Integer> numbers = new HashMap<>();

    Reader() throws ReflectiveOperationException {
      rootField = SequencePattern.class.getDeclaredField("root");
      rootField.setAccessible(true);
      nextField = Class.forName(PACKAGE + "SequencePattern$State").getDeclaredField("next");
      nextField.setAccessible(true);
      nodeField = Class.forName(NODE_STATE).getDeclaredField("pattern");
      nodeField.setAccessible(true);
      Class<?> repeat = Class.forName(REPEAT_STATE);
      repeatStartField = repeat.getDeclaredField("repeatStart");
      repeatStartField.setAccessible(true);
      minField = repeat.getDeclaredField("minMatch");
      minField.setAccessible(true);
      maxField = repeat.getDeclaredField("maxMatch");
      maxField.setAccessible(true);
    }

    Object root(SequencePattern<?> pattern) throws IllegalAccessException {
      return rootField.get(pattern);
    }

    @SuppressWarnings("unchecked")
    Set<Object> next(Object state) throws IllegalAccessException {
      Set<Object> next = (Set<Object>) nextField.get(state);
      return next == null ? Set.of() : next;
    }

    /** The successors of a token configuration, in the same repetition. */
    List<Config> next(Config token) throws IllegalAccessException {
      List<Config> out = new ArrayList<>();
      for (Object n : next(token.state())) {
        out.add(new Config(n, token.repeat(), token.count()));
      }
      return out;
    }

    /** The closure of {@code from}, or null when it meets a state this reading does not know. */
    Closure closure(Iterable<Config> from) throws IllegalAccessException {
      List<Integer> out = new ArrayList<>();
      boolean ends = false;
      boolean endsAtEnd = false;
      Set<Config> seen = new HashSet<>();
      // a repetition met with two counts in one closure is one its own body leads back to: not read
      Map<Object, Integer> repeatCounts = new IdentityHashMap<>();
      Deque<Config> todo = new ArrayDeque<>();
      from.forEach(todo::push);
      while (!todo.isEmpty()) {
        Config c = todo.pop();
        if (!seen.add(c)) {
          continue;
        }
        Object state = c.state();
        String kind = state.getClass().getName();
        if (kind.equals(NODE_STATE)) {
          Integer k = numbers.get(c);
          if (k == null) {
            k = nodes.size();
            nodes.add(c);
            numbers.put(c, k);
          }
          out.add(k);
        } else if (kind.equals(FINAL_STATE)) {
          ends = true;
        } else if (kind.equals(SEQUENCE_END)) {
          Boolean last = endsPastLastToken(state);
          if (last == null) {
            return null;
          }
          endsAtEnd |= last;
        } else if (PASSING.contains(kind)) {
          Set<Object> next = next(state);
          if (next.isEmpty()) {
            return null; // a dangling state: not an automaton this reading understands
          }
          next.forEach(n -> todo.push(new Config(n, c.repeat(), c.count())));
        } else if (kind.equals(REPEAT_STATE)) {
          if (c.repeat() != null && c.repeat() != state) {
            return null; // a repetition inside another one
          }
          int count = c.repeat() == state ? c.count() : 0;
          Integer before = repeatCounts.putIfAbsent(state, count);
          if (before != null && before != count || nullableBody(state)) {
            return null;
          }
          if (!repeat(state, count, todo)) {
            return null;
          }
        } else {
          return null;
        }
      }
      return new Closure(out.stream().mapToInt(Integer::intValue).toArray(), ends, endsAtEnd);
    }

    /**
     * Whether the sequence end anchor {@code $} leads on to the final state without a token (nothing can be
     * taken after the last token, so token states beyond it are dead ends), or null when something else than
     * plain and group states lies on the way. TokensRegex passes the anchor only right after taking the last
     * token of the sequence it searches.
     */
    private Boolean endsPastLastToken(Object sequenceEnd) throws IllegalAccessException {
      Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      Deque<Object> todo = new ArrayDeque<>(next(sequenceEnd));
      boolean ends = false;
      while (!todo.isEmpty()) {
        Object state = todo.pop();
        String kind = state.getClass().getName();
        if (kind.equals(FINAL_STATE)) {
          ends = true;
        } else if (PASSING.contains(kind) || kind.equals(SEQUENCE_END)) {
          if (seen.add(state)) {
            next(state).forEach(todo::push);
          }
        } else if (!kind.equals(NODE_STATE)) {
          return null;
        }
      }
      return ends;
    }

    /**
     * Whether the body of a repetition can lead back to it without taking a token: TokensRegex then counts
     * passes that take nothing, which this reading does not follow.
     */
    private boolean nullableBody(Object repeat) throws IllegalAccessException {
      Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      Deque<Object> todo = new ArrayDeque<>();
      todo.push(repeatStartField.get(repeat));
      while (!todo.isEmpty()) {
        Object state = todo.pop();
        String kind = state.getClass().getName();
        if (state == repeat || !kind.equals(NODE_STATE) && !kind.equals(FINAL_STATE) && !PASSING.contains(kind)) {
          return true;
        }
        if (PASSING.contains(kind) && seen.add(state)) {
          next(state).forEach(todo::push);
        }
      }
      return false;
    }

    /**
     * Where a bounded repetition entered {@code count} times leads, as TokensRegex's repeat state decides:
     * out of it once the minimum is met (its count forgotten), into its body once more while below the
     * maximum. An unbounded one behaves the same for every count from its minimum on, so the count stops
     * there. False for a state without successors.
     */
    private boolean repeat(Object state, int count, Deque<Config> todo) throws IllegalAccessException {
      int min = minField.getInt(state);
      int max = maxField.getInt(state);
      if (count >= min) {
        Set<Object> next = next(state);
        if (next.isEmpty()) {
          return false;
        }
        next.forEach(n -> todo.push(new Config(n, null, 0)));
      }
      if (max < 0 || count < max) {
        int entered = max < 0 ? Math.min(count + 1, min) : count + 1;
        todo.push(new Config(repeatStartField.get(state), state, entered));
      }
      return true;
    }
  }
}
