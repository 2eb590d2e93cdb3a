package org.kehoach.gazetteer;

/**
 * A gazetteer file is malformed: wrong header, wrong number of columns, a bad value, invalid UTF-8 or a
 * duplicate key. The message names the file (or resource) and the 1-based line.
 */
public final class GazetteerFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public GazetteerFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  public GazetteerFormatException(String source, int line, String problem, Throwable cause) {
    super(source + ":" + line + ": " + problem, cause);
    this.source = source;
    this.line = line;
  }

  /** The file path or classpath resource name the problem was found in. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
