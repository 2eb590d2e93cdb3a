package org.kehoach.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kehoach.model.Comparator;
import org.kehoach.model.Direction;

/** The topic and clause templates of the generator, read from {@code topics.tsv} and {@code clauses.tsv}. */
final class Templates {
  /** A plan topic: its title template and the indicator domains it draws from (empty for all). */
  record Topic(String title, List<String> domains) {}

  /** A clause template for one direction and comparator, for units ("*" for all). */
  record Clause(Direction direction, Comparator comparator, String units, String template) {
    boolean suits(String unit) {
      return units.equals("*") || units.equals(unit);
    }

    /** Whether the value comes before the phrase ("phấn đấu 100% trẻ em …"). */
    boolean valueFirst() {
      return template.indexOf("{value}") < template.indexOf("{name}");
    }
  }

  private final List<Topic> topics;
  private final List<Clause> clauses;

  private Templates(List<Topic> topics, List<Clause> clauses) {
    this.topics = List.copyOf(topics);
    this.clauses = List.copyOf(clauses);
  }

  static Templates standard() {
    List<Topic> topics = new ArrayList<>();
    for (String[] row : rows("topics.tsv", 2)) {
      topics.add(new Topic(row[0], row[1].equals("*") ? List.of() : List.of(row[1].split(","))));
    }
    List<Clause> clauses = new ArrayList<>();
    for (String[] row : rows("clauses.tsv", 4)) {
      clauses.add(new Clause(Direction.valueOf(row[0]), Comparator.valueOf(row[1]), row[2], row[3]));
    }
    return new Templates(topics, clauses);
  }

  List<Topic> topics() {
    return topics;
  }

  /** The templates for a direction and unit. */
  List<Clause> clauses(Direction direction, String unit) {
    return clauses.stream().filter(c -> c.direction() == direction && c.suits(unit)).toList();
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Templates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource " + resource + " missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(resource + ":" + number + ": expected " + columns + " columns, found "
              + cells.length);
        }
        out.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
