package org.kehoach.extract.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.model.Item;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Task;

/**
 * The tasks of task tables ({@link TaskTables}): one task per row whose number cell holds a number (rows
 * "I", "A" group the tasks and are skipped); the lead column, or else the "đơn vị thực hiện" column, gives
 * the leads. Immutable and thread-safe.
 */
final class TableTasks {
  private final TaskTables tables;
  private final FieldValues values;

  TableTasks(TaskTables tables, FieldValues values) {
    this.tables = Objects.requireNonNull(tables, "tables");
    this.values = Objects.requireNonNull(values, "values");
  }

  /** The task tables of the whole text. */
  List<TaskTables.Table> find(String text) {
    return tables.find(text, 0, text.length());
  }

  /** The tasks of the rows of {@code found}, in text order. */
  List<Task> tasks(TextTokens doc, List<TaskTables.Table> found, PageLocator pages) {
    List<Task> out = new ArrayList<>();
    for (TaskTables.Table table : found) {
      for (TaskTables.Row row : table.rows()) {
        Task t = rowTask(doc, table, row, pages);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Whether {@code item} lies outside every table, so its task is not read twice. */
  static boolean outside(Item item, List<TaskTables.Table> found) {
    return found.stream().noneMatch(t -> item.span().start() < t.end() && t.start() < item.span().end());
  }

  /** One row, or null for a group row ("I", "A" in the number column) or an empty one. */
  private Task rowTask(TextTokens doc, TaskTables.Table table, TaskTables.Row row, PageLocator pages) {
    String text = doc.text();
    String number = null;
    String content = "";
    String timeline = null;
    List<String> lead = new ArrayList<>();
    List<String> executors = new ArrayList<>();
    List<String> partners = new ArrayList<>();
    for (int k = 0; k < table.columns().size(); k++) {
      TaskTables.Cell c = row.cells().get(k);
      String value = text.substring(c.start(), c.end());
      switch (table.columns().get(k)) {
        case NUMBER -> {
          if (!TaskTables.isRowNumber(value)) {
            return null;
          }
          number = FieldValues.trimEnd(value.strip());
        }
        case CONTENT -> content = content.isEmpty() ? FieldValues.collapse(value) : content;
        case LEAD -> values.lead(doc, c.start(), c.end(), lead, partners);
        case EXECUTOR -> values.lead(doc, c.start(), c.end(), executors, partners);
        case PARTNER -> values.partners(doc, c.start(), c.end(), partners);
        case TIMELINE -> timeline = timeline != null ? timeline : FieldValues.timeline(text, c.start(), c.end());
        case OTHER -> { }
      }
    }
    if (lead.isEmpty()) {
      lead.addAll(executors);
    }
    if (content.isEmpty() && lead.isEmpty()) {
      return null;
    }
    partners.removeAll(lead);
    return new Task(number, content, lead, partners, timeline, pages.span(row.start(), row.end()));
  }
}
