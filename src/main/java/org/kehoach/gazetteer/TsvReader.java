package org.kehoach.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the gazetteer TSV dialect: UTF-8 (invalid bytes are an error, not replaced), one header line naming
 * the columns, tab-separated cells with no quoting, lines starting with {@code #} and blank lines ignored.
 * Every row must have exactly as many cells as the header, and every cell must be NFC. Errors name the
 * source and the line.
 */
public final class TsvReader {
  private final List<String> expectedHeader;

  /** @param expectedHeader the exact column names the file's header line must list, in order */
  public TsvReader(List<String> expectedHeader) {
    if (expectedHeader == null || expectedHeader.isEmpty()) {
      throw new IllegalArgumentException("expectedHeader must list at least one column");
    }
    this.expectedHeader = List.copyOf(expectedHeader);
  }

  /** Reads all data rows of {@code file}. */
  public List<TsvRow> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer file " + file, e);
    }
  }

  /** Reads all data rows from {@code in} (not closed here); {@code source} names it in error messages. */
  public List<TsvRow> read(InputStream in, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
    List<TsvRow> rows = new ArrayList<>();
    Map<String, Integer> columns = null;
    int lineNo = 0;
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = split(line);
        if (columns == null) {
          columns = header(cells, source, lineNo);
          continue;
        }
        if (cells.size() != expectedHeader.size()) {
          throw new GazetteerFormatException(
              source,
              lineNo,
              "expected " + expectedHeader.size() + " tab-separated cells, found " + cells.size()
                  + ": '" + abbreviate(line) + "'");
        }
        if (!surelyNfc(line)) {
          for (String cell : cells) {
            if (!Normalizer.isNormalized(cell, Normalizer.Form.NFC)) {
              throw new GazetteerFormatException(source, lineNo, "cell is not NFC: '" + cell + "'");
            }
          }
        }
        rows.add(new TsvRow(source, lineNo, columns, cells));
      }
    } catch (CharacterCodingException e) {
      throw new GazetteerFormatException(source, lineNo + 1, "invalid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + source, e);
    }
    if (columns == null) {
      throw new GazetteerFormatException(source, 0, "no header line; expected " + expectedHeader);
    }
    return List.copyOf(rows);
  }

  private Map<String, Integer> header(List<String> cells, String source, int lineNo) {
    List<String> names = new ArrayList<>();
    for (String c : cells) {
      names.add(c.strip());
    }
    if (!names.equals(expectedHeader)) {
      throw new GazetteerFormatException(
          source, lineNo, "expected header " + expectedHeader + ", found " + names);
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      columns.put(names.get(i), i);
    }
    return Map.copyOf(columns);
  }

  /**
   * True when every character of {@code line} lies below U+0300 or in Latin Extended Additional (U+1E00–U+1EFF),
   * as nearly every gazetteer line does: such characters are NFC on their own and none combines with another,
   * so the line is NFC without running the normaliser over each cell.
   */
  static boolean surelyNfc(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF')) {
        return false;
      }
    }
    return true;
  }

  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      if (tab < 0) {
        cells.add(line.substring(from));
        return cells;
      }
      cells.add(line.substring(from, tab));
      from = tab + 1;
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
