package org.kehoach.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The tokens {@link VietTokenizer} finds in a range of a text, kept as plain offsets so one tokenisation of a
 * document can serve every reader of it: {@link #slice} gives the tokens of any sub-range without scanning
 * again, and {@link #labels} builds fresh CoreNLP tokens for the rule engines on each call, so the
 * annotations one extractor sets on its labels (ner, normalised tags) never reach another. Words and folds
 * are computed when first asked for and kept.
 *
 * <p>A sub-range {@code [from, to)} tokenises exactly as the slice of the whole range's tokens unless a token
 * of the whole range straddles {@code from} or {@code to}: the tokenizer keeps no state from one token to the
 * next, and a token ending at or before {@code to} never looked past it. {@link #slice} checks that edge and
 * tokenises the sub-range itself when a token straddles it. Built per document; not thread-safe (its caches
 * fill on use).
 */
public final class TextTokens {
  private static final TokenShape[] SHAPES = TokenShape.values();
  private final String text;
  private final int from;
  private final int to;
  /** Per token of the whole tokenisation (shared by slices): start, end, shape ordinal. */
  private final int[] begins;
  private final int[] ends;
  private final byte[] shapes;
  private final String[] words;
  private final String[] lemmas;
  /** Per token, its begin (at 2k) and end (at 2k + 1) boxed once, as every label of the token holds them boxed. */
  private final Integer[] offsets;
  /** The tokens of this range are {@code [first, last)} of the arrays. */
  private final int first;
  private final int last;
  /** The tokenisation the arrays belong to, whose range holds every slice's; this one when not a slice. */
  private final TextTokens whole;
  /** What readers derived from {@link #whole} once for all its slices ({@link #perDocument}), by key. */
  private final Map<Class<?>, Object> derived;

  TextTokens(String text, int from, int to, int[] begins, int[] ends, byte[] shapes, int count) {
    this(text, from, to, begins, ends, shapes, new String[count], new String[count], new Integer[2 * count], 0, count,
        null, new HashMap<>());
  }

  private TextTokens(String text, int from, int to, int[] begins, int[] ends, byte[] shapes, String[] words,
      String[] lemmas, Integer[] offsets, int first, int last, TextTokens whole, Map<Class<?>, Object> derived) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.begins = begins;
    this.ends = ends;
    this.shapes = shapes;
    this.words = words;
    this.lemmas = lemmas;
    this.offsets = offsets;
    this.first = first;
    this.last = last;
    this.whole = whole != null ? whole : this;
    this.derived = derived;
  }

  /** The whole text the offsets point into. */
  public String text() {
    return text;
  }

  public int from() {
    return from;
  }

  public int to() {
    return to;
  }

  public int size() {
    return last - first;
  }

  /** Offset of token {@code i} into {@link #text}. */
  public int begin(int i) {
    return begins[first + i];
  }

  public int end(int i) {
    return ends[first + i];
  }

  public TokenShape shape(int i) {
    return SHAPES[shapes[first + i]];
  }

  /** The token as written. */
  public String word(int i) {
    int k = first + i;
    String w = words[k];
    if (w == null) {
      w = text.substring(begins[k], ends[k]);
      words[k] = w;
    }
    return w;
  }

  /** The fold of the token ({@code lemma} of its label): no diacritics, lower case. */
  public String lemma(int i) {
    int k = first + i;
    String l = lemmas[k];
    if (l == null) {
      l = VietTokenizer.lemma(text, begins[k], ends[k]);
      if (l == null) {
        l = word(i); // its own fold
      }
      lemmas[k] = l;
    }
    return l;
  }

  /**
   * The tokens of {@code text[from, to)}, exactly as {@link VietTokenizer#tokenize(String, int, int)} gives
   * them: a view of these tokens when the range lies inside this one and no token straddles its ends, else a
   * tokenisation of its own.
   */
  public TextTokens slice(int sliceFrom, int sliceTo) {
    if (sliceFrom < from || sliceTo > to || sliceFrom > sliceTo) {
      return VietTokenizer.scan(text, sliceFrom, sliceTo);
    }
    int a = firstAfter(ends, sliceFrom);
    if (a < last && begins[a] < sliceFrom) {
      return VietTokenizer.scan(text, sliceFrom, sliceTo); // a token straddles the start
    }
    int b = firstAfter(ends, sliceTo);
    if (b < last && begins[b] < sliceTo) {
      return VietTokenizer.scan(text, sliceFrom, sliceTo); // a token straddles the end
    }
    return new TextTokens(text, sliceFrom, sliceTo, begins, ends, shapes, words, lemmas, offsets, a, b, whole,
        derived);
  }

  /**
   * A value a reader derives from the whole tokenisation this range is a slice of ({@code make} gets that
   * whole range, and runs once per tokenisation and key), so every slice of a document shares one: e.g. the
   * gazetteer's syllable split of the document, from which each scanned range takes its own syllables. The
   * value must not depend on which slice asks first.
   */
  public <T> T perDocument(Class<T> key, Function<TextTokens, ? extends T> make) {
    Object v = derived.get(key);
    if (v == null) {
      v = make.apply(whole);
      derived.put(key, key.cast(v));
    }
    return key.cast(v);
  }

  /** The first token of this range starting at or after {@code offset}, or {@link #size} if none does. */
  public int firstStartingAt(int offset) {
    return firstAfter(begins, offset - 1) - first;
  }

  /** The first token of this range ending after {@code offset}, or {@link #size} if none does. */
  public int firstEndingAfter(int offset) {
    return firstAfter(ends, offset) - first;
  }

  /**
   * The first token (array index) of this range whose entry in {@code at} (begins or ends, both rising from
   * token to token) lies after {@code offset}, or {@code last}.
   */
  private int firstAfter(int[] at, int offset) {
    int lo = first;
    int hi = last;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (at[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Fresh CoreNLP tokens for these tokens, for one use: callers may annotate them freely. */
  public List<CoreLabel> labels() {
    List<CoreLabel> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      out.add(label(i));
    }
    return out;
  }

  /** Room for the annotations a token gets here and from the extractors (ner, norm), so none regrows it. */
  private static final int ANNOTATIONS = 10;

  private CoreLabel label(int i) {
    CoreLabel l = new CoreLabel(ANNOTATIONS);
    String w = word(i);
    l.setWord(w);
    l.setValue(w);
    l.setOriginalText(w);
    l.setLemma(lemma(i));
    // what setBeginPosition and setEndPosition set, with the boxes shared by the token's labels
    l.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, boxed(2 * (first + i), begin(i)));
    l.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, boxed(2 * (first + i) + 1, end(i)));
    l.set(CoreAnnotations.ShapeAnnotation.class, shape(i).name());
    return l;
  }

  private Integer boxed(int slot, int offset) {
    Integer b = offsets[slot];
    if (b == null) {
      b = offset;
      offsets[slot] = b;
    }
    return b;
  }
}
