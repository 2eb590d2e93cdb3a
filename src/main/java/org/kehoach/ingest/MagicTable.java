package org.kehoach.ingest;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's magic-byte table, evaluated on a file's head with Tika's answer but at a fraction of its cost.
 * {@code MimeTypes.detect} runs each of its ~850 magic rules through a {@link MagicDetector} that compiles
 * its regular expression again, copies and decodes an 8 KiB window and builds a {@link Metadata} on every
 * call: about a millisecond per PDF or text file. Here the same rules, read once from Tika's own table,
 * are evaluated on the bytes directly, with each pattern compiled once.
 *
 * <p>The answer is that of {@code MimeTypes.getMimeType(byte[])}: the type of the first rule, in Tika's
 * order, that matches; when none does, Tika's {@link TextDetector} tells text from binary data. Where Tika
 * does more than that (an empty head; a first match of XML or HTML, whose root element Tika goes on to
 * read) {@link #detect} declines and the caller asks Tika. Each rule is evaluated exactly as Tika's {@code
 * MagicDetector.detect} does on a stream of the same bytes, padding with zero bytes past the end included.
 *
 * <p>Tika keeps its table private, so it is read by reflection; when that fails (another Tika version)
 * {@link #of} is empty and the caller asks Tika every time. Immutable and thread-safe.
 */
final class MagicTable {
  /** The first-match types for which Tika reads the XML root element: answered by Tika itself. */
  private static final List<String> TIKA_REFINES = List.of("application/xml", "text/html");

  private final MimeTypes types;
  private final List<Rule> rules;

  private MagicTable(MimeTypes types, List<Rule> rules) {
    this.types = types;
    this.rules = List.copyOf(rules);
  }

  /** The table of {@code types}, or empty when Tika's internals cannot be read. */
  static Optional<MagicTable> of(MimeTypes types) {
    try {
      Field magics = field(MimeTypes.class, "magics");
      List<Rule> rules = new ArrayList<>();
      for (Object magic : (List<?>) magics.get(types)) {
        Class<?> c = magic.getClass();
        MimeType type = (MimeType) invoke(c, "getType", magic);
        rules.add(new Rule(type, compile(field(c, "clause").get(magic))));
      }
      return Optional.of(new MagicTable(types, rules));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * What {@code types.detect} answers for a stream whose first bytes are {@code head} (as many as {@code
   * types.getMinLength()}, fewer only when the file is shorter), with no name or type hint; {@code null}
   * when only Tika can tell.
   */
  MediaType detect(byte[] head) {
    if (head.length == 0) {
      return null;
    }
    for (Rule rule : rules) {
      if (rule.test().matches(head)) {
        return TIKA_REFINES.contains(rule.type().getName()) ? null : rule.type().getType();
      }
    }
    try {
      MediaType text = new TextDetector(types.getMinLength())
          .detect(new ByteArrayInputStream(head), new Metadata());
      return types.forName(text.toString()).getType();
    } catch (Exception e) {
      // as Tika: a failing text check leaves the root type
      return MediaType.OCTET_STREAM;
    }
  }

  /** The test of one clause of Tika's table: a match, or a combination of clauses. */
  private static Test compile(Object clause) throws ReflectiveOperationException {
    Class<?> c = clause.getClass();
    switch (c.getSimpleName()) {
      case "Magic":
        return compile(field(c, "clause").get(clause));
      case "AndClause": {
        List<Test> all = new ArrayList<>();
        for (Object child : (Object[]) field(c, "clauses").get(clause)) {
          all.add(compile(child));
        }
        return new All(all);
      }
      case "OrClause":
        return new AtLeast(compileAll((List<?>) field(c, "clauses").get(clause)), 1);
      case "MinShouldMatchClause":
        return new AtLeast(compileAll((List<?>) field(c, "clauses").get(clause)),
            field(c, "min").getInt(clause));
      case "MagicMatch":
        return Match.of((MagicDetector) invoke(c, "getDetector", clause));
      default:
        throw new IllegalStateException("unknown clause of Tika's magic table: " + c.getName());
    }
  }

  private static List<Test> compileAll(List<?> clauses) throws ReflectiveOperationException {
    List<Test> tests = new ArrayList<>();
    for (Object child : clauses) {
      tests.add(compile(child));
    }
    return tests;
  }

  private static Field field(Class<?> c, String name) throws NoSuchFieldException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static Object invoke(Class<?> c, String name, Object target)
      throws NoSuchMethodException, IllegalAccessException, InvocationTargetException {
    Method m = c.getDeclaredMethod(name);
    m.setAccessible(true);
    return m.invoke(target);
  }

  private interface Test {
    boolean matches(byte[] head);
  }

  private record Rule(MimeType type, Test test) {}

  /** True when every test matches: Tika's AND clause (a match nested in another). */
  private record All(List<Test> tests) implements Test {
    All {
      tests = List.copyOf(tests);
    }

    @Override
    public boolean matches(byte[] head) {
      for (Test t : tests) {
        if (!t.matches(head)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * True when at least {@code min} of the tests match, asked in order: Tika's OR (min 1) and
   * min-should-match clauses. As in Tika, a {@code min} below 1 still needs one match.
   */
  private record AtLeast(List<Test> tests, int min) implements Test {
    AtLeast {
      tests = List.copyOf(tests);
    }

    @Override
    public boolean matches(byte[] head) {
      int found = 0;
      for (Test t : tests) {
        if (t.matches(head) && ++found >= min) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * One {@link MagicDetector}: {@code pattern} (already masked, as Tika stores it) at some offset from
   * {@code begin} to {@code end} within a window of {@code length} bytes, or a regular expression over
   * the window read as ISO-8859-1.
   */
  private record Match(int begin, int end, int length, byte[] pattern, byte[] mask, boolean ignoreCase,
      Pattern regex, boolean firstByteExact) implements Test {

    static Match of(MagicDetector d) throws ReflectiveOperationException {
      Class<?> c = MagicDetector.class;
      byte[] pattern = (byte[]) field(c, "pattern").get(d);
      boolean ignoreCase = field(c, "isStringIgnoreCase").getBoolean(d);
      Pattern regex = field(c, "isRegex").getBoolean(d)
          ? Pattern.compile(new String(pattern, StandardCharsets.UTF_8), ignoreCase ? Pattern.CASE_INSENSITIVE : 0)
          : null;
      int length = field(c, "length").getInt(d);
      byte[] mask = (byte[]) field(c, "mask").get(d);
      // a first byte compared as it is, and not zero, can only be found among the bytes the head has
      boolean firstByteExact = regex == null && length > 0 && !ignoreCase && mask[0] == (byte) 0xFF
          && pattern[0] != 0;
      return new Match(field(c, "offsetRangeBegin").getInt(d), field(c, "offsetRangeEnd").getInt(d),
          length, pattern, mask, ignoreCase, regex, firstByteExact);
    }

    @Override
    public boolean matches(byte[] head) {
      // Tika skips to begin (no match when the stream ends first), then reads a window of
      // length + (end - begin) bytes, zero past the end of the stream
      if (head.length < begin) {
        return false;
      }
      int window = length + (end - begin);
      int read = Math.min(window, head.length - begin);
      if (regex != null) {
        return regexMatches(head, read, window);
      }
      if (read < length) {
        return false;
      }
      int last = end - begin;
      if (firstByteExact) {
        // past the bytes read the window is zero, which the first byte cannot be: search for it alone
        byte first = pattern[0];
        for (int i = 0, stop = Math.min(last, read - 1); i <= stop; i++) {
          if (head[begin + i] == first && matchesAt(head, read, i)) {
            return true;
          }
        }
        return false;
      }
      for (int i = 0; i <= last; i++) {
        if (matchesAt(head, read, i)) {
          return true;
        }
      }
      return false;
    }

    private boolean matchesAt(byte[] head, int read, int i) {
      for (int j = 0; j < length; j++) {
        int at = i + j;
        int masked = (at < read ? head[begin + at] : 0) & mask[j];
        if (ignoreCase) {
          masked = Character.toLowerCase(masked);
        }
        if (masked != pattern[j]) {
          return false;
        }
      }
      return true;
    }

    private boolean regexMatches(byte[] head, int read, int window) {
      Matcher m = regex.matcher(new Latin1Window(head, begin, read, window));
      for (int i = 0; i <= end - begin; i++) {
        m.region(i, length + i);
        if (m.lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * {@code length} bytes of a head from {@code begin} read as ISO-8859-1, zero past the {@code read} bytes
   * the head has: the characters Tika's regular expressions see, without copying them.
   */
  private record Latin1Window(byte[] head, int begin, int read, int length) implements CharSequence {
    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= length) {
        throw new IndexOutOfBoundsException(index);
      }
      return index < read ? (char) (head[begin + index] & 0xFF) : '\0';
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      char[] chars = new char[end - start];
      for (int i = start; i < end; i++) {
        chars[i - start] = charAt(i);
      }
      return new String(chars);
    }

    @Override
    public String toString() {
      return subSequence(0, length).toString();
    }
  }
}
