package org.kehoach.extract.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kehoach.extract.agencies.AgencyListParser;
import org.kehoach.extract.agencies.AgencyMention;
import org.kehoach.extract.value.WhitespaceRuns;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.extract.tasks.TaskLabels.Field;
import org.kehoach.extract.tasks.TaskLabels.Label;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.Item;
import org.kehoach.model.ItemMarker;
import org.kehoach.model.PageLocator;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Section;
import org.kehoach.model.SectionKind;
import org.kehoach.model.Span;
import org.kehoach.model.Task;

/**
 * Finds a plan's tasks with their lead and partner agencies and timeline.
 *
 * <p>Contract of {@link #extract}:
 *
 * <ul>
 *   <li>A task is a row of a task table (a header with a task column and a lead column, anywhere in the
 *       text, annexes included; see {@link TaskTables}) or, outside such tables, a top-level numbered item
 *       ("1.", "1.1.", "a)", "Dự án 1:") of a TASKS section; when a section has no numbered items, each
 *       top-level item is one (number {@code null}). Numbered items of other sections (an ORGANIZATION
 *       section "Phân công nhiệm vụ", an OTHER one) are tasks too when they carry a lead label, so plans that
 *       list their tasks outside a TASKS section are read as well. An item whose numbered sub-items each
 *       carry their own lead label gives one task per sub-item ("1.2", "2.a").
 *   <li>{@code lead}, {@code partners}, {@code timeline} come from the labelled fields of the item and its
 *       sub-items ("Cơ quan chủ trì: …", "Cơ quan, đơn vị phối hợp thực hiện: …", "Thời gian thực hiện: …";
 *       see {@code task-labels.rules}); "Đơn vị thực hiện:" is the lead when no "chủ trì" label is given.
 *       Several leads are split ("Phòng Nội vụ, Đồn Công an Lý Sơn" gives two).
 *   <li>Without labels the leads come from the wording ("Giao Sở Y tế chủ trì, phối hợp với Sở Giáo dục …",
 *       "Phòng GD&ĐT chủ trì, phối hợp với …"), else from a heading "Phòng Y tế: …"; else the lists are
 *       empty. A partner in running text counts only after a lead of the same sentence.
 *   <li>Names: a name the agency gazetteer knows is given canonically ("Đồn Công an Lý Sơn" → "Công an");
 *       others are kept as written. Collective partners are kept: under their canonical group name when the
 *       gazetteer knows the whole group ("các phòng, ban, ngành" → "Các phòng, ban, ngành"), else as written
 *       ("Hội, đoàn thể huyện"), since they say who must take part; the agency extractor leaves them out.
 *       A name is listed once; a lead is never also a partner.
 *   <li>{@code timeline}: the first sentence of the timeline field, trailing punctuation dropped ("Quý II, IV
 *       năm 2025"); {@code null} when there is no timeline label (dates in running text are deadlines).
 *   <li>{@code text}: the item's own text before its first label (a row's task cell), whitespace collapsed;
 *       {@code span}: the whole item with its sub-items (the row). Tasks are in text order.
 * </ul>
 *
 * Thread-safe: rule engines keep one compiled extractor per thread; everything else is immutable.
 */
public final class TaskExtractor {
  /** Sections whose items are never tasks, labelled or not. */
  private static final Set<SectionKind> NEVER_TASKS =
      EnumSet.of(SectionKind.PURPOSE, SectionKind.OBJECTIVES, SectionKind.BUDGET, SectionKind.REPORTING);
  private static final Set<ItemMarker> NUMBERED =
      EnumSet.of(ItemMarker.NUMBER, ItemMarker.MULTILEVEL, ItemMarker.LETTER, ItemMarker.LABEL);
  /** Bullets dropped with spaces at the end of a task text cut before a label: "Tuyên truyền … trẻ em.\n-" */
  private static final String TRAILING_BULLETS = "-\u2013\u2014+*\u2022";

  private final AgencyListParser parser;
  private final TaskLabels labels;
  private final TableTasks tables;
  private final LeadPhrasing phrasing;
  private final FieldValues values;
  private final VietTokenizer tokenizer = new VietTokenizer();

  public TaskExtractor(Gazetteers gazetteers) {
    this(new AgencyListParser(Objects.requireNonNull(gazetteers, "gazetteers")));
  }

  /** An extractor sharing a parser with other extractors. */
  public TaskExtractor(AgencyListParser parser) {
    this(parser, new RuleEngine(TaskLabels.RULES, TaskLabels.GATE), new RuleEngine(LeadPhrasing.RULES, LeadPhrasing.GATE));
  }

  /** An extractor with the given engines for {@code task-labels.rules} and {@code lead-phrasing.rules}. */
  TaskExtractor(AgencyListParser parser, RuleEngine labelRules, RuleEngine phrasingRules) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.labels = new TaskLabels(labelRules);
    this.phrasing = new LeadPhrasing(parser, phrasingRules);
    this.values = new FieldValues(parser, phrasing);
    this.tables = new TableTasks(new TaskTables(labels), values);
  }

  public List<Task> extract(String text, PlanStructure structure, PageLocator pages) {
    Objects.requireNonNull(text, "text");
    return extract(tokenizer.tokens(text), structure, pages);
  }

  /** {@link #extract} reading the tokens of the whole text, {@code doc}, which other extractors may share. */
  public List<Task> extract(TextTokens doc, PlanStructure structure, PageLocator pages) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(pages, "pages");
    String text = doc.text();
    List<Task> out = new ArrayList<>();
    List<TaskTables.Table> found = tables.find(text);
    out.addAll(tables.tasks(doc, found, pages));
    for (Section section : structure.sections()) {
      if (section.kind() == SectionKind.TASKS) {
        List<Item> numbered = numbered(section.items());
        for (Item item : numbered.isEmpty() ? section.items() : numbered) {
          if (TableTasks.outside(item, found)) {
            addTasks(doc, item, item.number(), pages, out);
          }
        }
      } else if (!NEVER_TASKS.contains(section.kind())) {
        for (Item item : numbered(section.items())) {
          List<Label> itemLabels = labels.find(doc, item.text().start(), item.span().end());
          if (hasLeadLabel(itemLabels) && TableTasks.outside(item, found)) {
            addTasks(doc, item, item.number(), itemLabels, pages, out);
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(t -> t.span().start()));
    return out;
  }

  private void addTasks(TextTokens doc, Item item, String number, PageLocator pages, List<Task> out) {
    addTasks(doc, item, number, labels.find(doc, item.text().start(), item.span().end()), pages, out);
  }

  /** Adds the task or tasks of {@code item}, whose labels are {@code found}. */
  private void addTasks(TextTokens doc, Item item, String number, List<Label> found, PageLocator pages,
      List<Task> out) {
    List<Item> kids = numbered(item.children());
    if (!kids.isEmpty()) {
      int kidsWithLead = 0;
      boolean leadOutsideKids = false;
      for (Label l : found) {
        if (isLead(l)) {
          leadOutsideKids |= kids.stream().noneMatch(k -> inside(l.start(), k.span()));
        }
      }
      for (Item k : kids) {
        kidsWithLead += found.stream().anyMatch(l -> isLead(l) && inside(l.start(), k.span())) ? 1 : 0;
      }
      if (kidsWithLead >= 2 && !leadOutsideKids) {
        for (Item k : kids) {
          addTasks(doc, k, subNumber(number, k.number()), pages, out);
        }
        return;
      }
    }
    out.add(task(doc, item, number, found, pages));
  }

  private Task task(TextTokens doc, Item item, String number, List<Label> found, PageLocator pages) {
    String text = doc.text();
    int ownStart = item.text().start();
    int ownEnd = item.text().end();
    int textEnd = ownEnd;
    for (Label l : found) {
      if (l.field() != Field.OTHER && l.start() >= ownStart && l.start() < ownEnd) {
        textEnd = Math.min(textEnd, l.start());
      }
    }
    String taskText = WhitespaceRuns.trimEnd(WhitespaceRuns.collapse(text, ownStart, textEnd), TRAILING_BULLETS);
    List<Span> containers = new ArrayList<>();
    collectTexts(item, containers);
    boolean labelledLead = found.stream().anyMatch(l -> l.field() == Field.LEAD);
    List<String> lead = new ArrayList<>();
    List<String> partners = new ArrayList<>();
    String timeline = null;
    for (int i = 0; i < found.size(); i++) {
      Label l = found.get(i);
      int valueEnd = valueEnd(text, found, i, containers, item.span().end());
      switch (l.field()) {
        case LEAD -> values.lead(doc, l.valueStart(), valueEnd, lead, partners);
        case EXECUTOR -> {
          if (!labelledLead) {
            values.lead(doc, l.valueStart(), valueEnd, lead, partners);
          }
        }
        case PARTNER -> values.partners(doc, l.valueStart(), valueEnd, partners);
        case TIMELINE -> timeline = timeline != null ? timeline : FieldValues.timeline(text, l.valueStart(), valueEnd);
        case OTHER -> { }
      }
    }
    if (!hasLeadLabel(found)) {
      LeadPhrasing.Result phrased = phrasing.find(doc.slice(ownStart, item.span().end()));
      FieldValues.addNames(lead, phrased.leads());
      if (partners.isEmpty()) {
        FieldValues.addNames(partners, phrased.partners());
      }
      if (lead.isEmpty()) {
        FieldValues.addNames(lead, headingLeads(doc, ownStart, ownEnd));
      }
    }
    partners.removeAll(lead);
    return new Task(number, taskText, lead, partners, timeline, pages.span(item.span().start(), item.span().end()));
  }

  /** Organisations named as a heading before a colon on the item's first line: "1. Phòng Y tế: …". */
  private List<AgencyMention> headingLeads(TextTokens doc, int start, int end) {
    String text = doc.text();
    int lineEnd = text.indexOf('\n', start);
    lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
    int colon = text.indexOf(':', start);
    if (colon < 0 || colon >= lineEnd) {
      return List.of();
    }
    return parser.heading(parser.scan(doc.slice(start, colon))).stream().filter(AgencyMention::isOrganisation).toList();
  }

  /**
   * Where the value of label {@code i} ends: at the next label or the end of the item text holding it; a label
   * with nothing after it on its item ("- Cơ quan chủ trì:" above "+ Sở Y tế") takes the sub-items below it.
   */
  private static int valueEnd(String text, List<Label> found, int i, List<Span> containers, int regionEnd) {
    int next = i + 1 < found.size() ? found.get(i + 1).start() : regionEnd;
    int end = next;
    int start = found.get(i).start();
    for (Span c : containers) {
      if (start >= c.start() && start < c.end()) {
        end = Math.min(end, c.end());
      }
    }
    int valueStart = found.get(i).valueStart();
    if (end <= valueStart || text.substring(valueStart, end).isBlank()) {
      end = next;
    }
    return Math.max(end, valueStart);
  }

  private static boolean hasLeadLabel(List<Label> found) {
    return found.stream().anyMatch(TaskExtractor::isLead);
  }

  private static boolean isLead(Label l) {
    return l.field() == Field.LEAD || l.field() == Field.EXECUTOR;
  }

  private static List<Item> numbered(List<Item> items) {
    return items.stream().filter(i -> i.number() != null && NUMBERED.contains(i.marker())).toList();
  }

  private static void collectTexts(Item item, List<Span> out) {
    out.add(item.text());
    for (Item child : item.children()) {
      collectTexts(child, out);
    }
  }

  private static boolean inside(int offset, Span span) {
    return offset >= span.start() && offset < span.end();
  }

  /** "1" + "2" → "1.2"; a multilevel number ("1.2") is kept as it is. */
  private static String subNumber(String parent, String child) {
    if (child == null || parent == null || child.indexOf('.') >= 0) {
      return child == null ? parent : child;
    }
    return parent + "." + child;
  }

}
