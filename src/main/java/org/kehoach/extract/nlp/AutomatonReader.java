package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the states TokensRegex compiled a pattern into, by reflection, for {@link RuleAutomaton}: from a set
 * of states, the token states reached without taking a token and whether the final state is, numbering
 * token states (within a counted repetition, one per count) as it meets them. Any state it does not know
 * makes a closure unreadable (null). One reader serves one automaton being built.
 */
final class AutomatonReader {
  private static final String PACKAGE = "edu.stanford.nlp.ling.tokensregex.";
  /** The states that take no token and only lead on to their next states, by class name. */
  private static final Set<String> PASSING = Set.of(PACKAGE + "SequencePattern$State",
      PACKAGE + "SequencePattern$GroupStartState", PACKAGE + "SequencePattern$GroupEndState");
  private static final String NODE_STATE = PACKAGE + "SequencePattern$NodePatternState";
  private static final String FINAL_STATE = PACKAGE + "SequencePattern$MatchState";
  /** The sequence end anchor {@code $}. */
  private static final String SEQUENCE_END = PACKAGE + "SequencePattern$SeqEndState";
  /** A repetition TokensRegex does not unroll ({@code X{1,10}}, more than five copies), counting per branch. */
  private static final String REPEAT_STATE = PACKAGE + "SequencePattern$RepeatState";

  /** The token states reached from some states without taking a token, and whether the final state is. */
  record Closure(int[] nodes, boolean ends, boolean endsAtEnd) {}

  /**
   * A state of the compiled pattern within at most one bounded repetition ({@code X{1,10}}): {@code repeat}
   * is the repetition whose body the state lies in and {@code count} how many times that body has been
   * entered, as TokensRegex counts them per branch; outside a repetition {@code repeat} is null. States have
   * identity equality, so configurations are equal when they stand for the same state and count.
   */
  record Config(Object state, Object repeat, int count) {}

  private final Field rootField;
  private final Field nextField;
  private final Field nodeField;
  private final Field repeatStartField;
  private final Field minField;
  private final Field maxField;
  /** The token states met so far, by number. */
  final List<Config> nodes = new ArrayList<>();
  private final Map<Config, Integer> numbers = new HashMap<>();

  AutomatonReader() throws ReflectiveOperationException {
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

  /** The token pattern of token state number {@code k}. */
  Object pattern(int k) throws IllegalAccessException {
    return nodeField.get(nodes.get(k).state());
  }

  /**
   * The number of the token state reached from token state {@code k} by always taking the first successor,
   * through states that take no token (an optional's or a group's), outside any counted repetition; or -1
   * when that way meets another kind of state, a repetition or a token state not met. TokensRegex gives the
   * successors of a state branch priorities in that order, the first the highest, so that token state is
   * where the highest-priority branch from {@code k} goes.
   */
  int firstNext(int k) throws IllegalAccessException {
    Config c = nodes.get(k);
    if (c.repeat() != null) {
      return -1;
    }
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Object state = c.state();
    do {
      Set<Object> next = next(state);
      if (next.isEmpty()) {
        return -1;
      }
      state = next.iterator().next();
    } while (PASSING.contains(state.getClass().getName()) && seen.add(state));
    Integer n = state.getClass().getName().equals(NODE_STATE) ? numbers.get(new Config(state, null, 0)) : null;
    return n == null ? -1 : n;
  }

  @SuppressWarnings("unchecked")
  private Set<Object> next(Object state) throws IllegalAccessException {
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
