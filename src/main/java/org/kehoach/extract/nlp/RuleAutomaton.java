package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * <p>Where paths end at several tokens, TokensRegex picks by branch priority: a state's successors rank in
 * the order they were linked, the first highest, and two matches rank by their first differing branch. When
 * from the first end on one state takes each token and each is reached from the one before by first
 * successors alone (a greedy trailing run such as {@code [{ner:"DATE"}]+}, which TokensRegex builds as a
 * state linked first to itself, or a trailing optional {@code [{shape:"NUMBER"}]?}, linked before the way
 * out), every longer match ranks above every shorter one (it takes a first successor where the shorter one
 * leaves for the final state), so TokensRegex picks the longest, and so does {@link #end}.
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
  /** Per token state, the token state its first successors lead to (highest branch priority), or -1. */
  private final int[] firstNext;
  /** Scratch: the token states alive before and after a token, and which are already in the next set. */
  private int[] current;
  private int[] next;
  private final boolean[] added;

  private RuleAutomaton(NodePattern<CoreMap>[] patterns, int[] first, int[][] follow, boolean[] ends,
      boolean[] endsAtEnd, int[] firstNext) {
    this.patterns = patterns;
    this.first = first;
    this.follow = follow;
    this.ends = ends;
    this.endsAtEnd = endsAtEnd;
    this.firstNext = firstNext;
    this.current = new int[patterns.length];
    this.next = new int[patterns.length];
    this.added = new boolean[patterns.length];
  }

  /** The automaton of {@code pattern}, or null when it cannot be read or the pattern can match nothing. */
  @SuppressWarnings("unchecked")
  static RuleAutomaton of(SequencePattern<CoreMap> pattern) {
    try {
      AutomatonReader reader = new AutomatonReader();
      AutomatonReader.Closure start = reader.closure(List.of(new AutomatonReader.Config(reader.root(pattern), null, 0)));
      if (start == null || start.ends()) {
        return null;
      }
      List<int[]> follows = new ArrayList<>();
      List<Boolean> ends = new ArrayList<>();
      List<Boolean> endsAtEnd = new ArrayList<>();
      // token states are numbered as found; each one's successors may find more
      for (int k = 0; k < reader.nodes.size(); k++) {
        AutomatonReader.Closure c = reader.closure(reader.next(reader.nodes.get(k)));
        if (c == null || reader.nodes.size() > MAX_STATES) {
          return null;
        }
        follows.add(c.nodes());
        ends.add(c.ends());
        endsAtEnd.add(c.endsAtEnd());
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
        patterns[k] = (NodePattern<CoreMap>) reader.pattern(k);
      }
      int[] firstNext = new int[patterns.length];
      for (int k = 0; k < patterns.length; k++) {
        firstNext[k] = reader.firstNext(k);
      }
      return new RuleAutomaton(patterns, start.nodes(), follow, end, atEnd, firstNext);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The token patterns that can take the first token of a match. */
  List<NodePattern<CoreMap>> starts() {
    return Arrays.stream(first).mapToObj(k -> patterns[k]).distinct().toList();
  }

  /**
   * Where the match TokensRegex finds from {@code tokens[start]} within {@code tokens[start, limit)} ends,
   * when the automaton can tell: one past its last token when all matches end at the same token or the
   * longest is the one TokensRegex picks (see above), else {@link #NONE} (no match) or {@link #SEVERAL}.
   * {@code limit} is the end of the sequence TokensRegex searches, where {@code $} holds.
   */
  int end(List<? extends CoreMap> tokens, int start, int limit) {
    int found = NONE;
    boolean several = false;
    // since the first end: one state took each token, each the first successor of the one before
    boolean chain = true;
    int previous = -1;
    int[] live = first;
    int size = first.length;
    for (int i = start; i < limit && size > 0; i++) {
      CoreMap token = tokens.get(i);
      int grown = 0;
      int takers = 0;
      int taker = -1;
      boolean endsHere = false;
      for (int a = 0; a < size; a++) {
        int k = live[a];
        if (!patterns[k].match(token)) {
          continue;
        }
        takers++;
        taker = k;
        endsHere |= ends[k] || endsAtEnd[k] && i == limit - 1;
        for (int f : follow[k]) {
          if (!added[f]) {
            added[f] = true;
            next[grown++] = f;
          }
        }
      }
      clear(grown);
      if (found != NONE && takers > 0) {
        chain &= takers == 1 && firstNext[previous] == taker;
      }
      if (endsHere) {
        if (found == NONE) {
          chain = takers == 1;
        } else {
          several = true;
        }
        found = i + 1;
      }
      if (several && !chain) {
        return SEVERAL;
      }
      previous = taker;
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
}
