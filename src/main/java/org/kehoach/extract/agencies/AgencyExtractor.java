package org.kehoach.extract.agencies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.extract.agencies.OrganizationReader.Finding;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.Agency;
import org.kehoach.model.PageLocator;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Section;
import org.kehoach.model.SectionKind;
import org.kehoach.model.Task;

/**
 * Finds the organisations a plan gives responsibilities to, each once.
 *
 * <p>Contract of {@link #extract}:
 *
 * <ul>
 *   <li>Sources: the organisations named at the start of the items and paragraphs of every ORGANIZATION
 *       section (see {@link OrganizationReader}), and the leads and partners of the given tasks.
 *   <li>Only specific organisations: collective mentions ("các phòng, ban, ngành", "các đoàn thể", "Hội,
 *       đoàn thể huyện") are left out, and so are organisations named only inside someone else's duties
 *       ("phối hợp với X", "báo cáo về X").
 *   <li>{@code name} is the canonical gazetteer name ("Phòng LĐ-TB&XH" → "Phòng Lao động - Thương binh và Xã
 *       hội"; "Đồn Công an Lý Sơn" → "Công an"); a name the gazetteer lacks but shaped like one ("Trung tâm
 *       Kiểm soát bệnh tật tỉnh") is kept as written. The same organisation reached through different
 *       spellings is listed once.
 *   <li>{@code responsibilities}: the duties written for it in the organisation section (whitespace
 *       collapsed), then the text of each task it leads or partners, without repeats.
 *   <li>{@code spans}: every heading mention read, and every mention of it inside the tasks it leads or
 *       partners; ordered by offset. Agencies are ordered by their first span.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class AgencyExtractor {
  private final AgencyListParser parser;
  private final OrganizationReader organisation;
  private final VietTokenizer tokenizer = new VietTokenizer();

  public AgencyExtractor(Gazetteers gazetteers) {
    this(new AgencyListParser(Objects.requireNonNull(gazetteers, "gazetteers")));
  }

  /** An extractor sharing a parser with other extractors. */
  public AgencyExtractor(AgencyListParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.organisation = new OrganizationReader(parser);
  }

  public List<Agency> extract(String text, PlanStructure structure, List<Task> tasks, PageLocator pages) {
    Objects.requireNonNull(text, "text");
    return extract(tokenizer.tokens(text), structure, tasks, pages);
  }

  /** {@link #extract} reading the tokens of the whole text, {@code doc}, which other extractors may share. */
  public List<Agency> extract(TextTokens doc, PlanStructure structure, List<Task> tasks, PageLocator pages) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(pages, "pages");
    String text = doc.text();
    AgencyCollector collector = new AgencyCollector();
    for (Section section : structure.sections()) {
      if (section.kind() == SectionKind.ORGANIZATION) {
        for (Finding f : organisation.read(text, section)) {
          collector.add(f.mention(), f.duties(), List.of(new int[] {f.mention().start(), f.mention().end()}));
        }
      }
    }
    Map<String, List<AgencyMention>> probes = new HashMap<>();
    for (Task task : tasks) {
      addTask(doc, task, probes, collector);
    }
    return collector.agencies(pages);
  }

  /**
   * Adds the leads and partners of a task; {@code probes} keeps each name's reading for the next tasks, and
   * the task's own text is scanned only when a known name needs its mentions there.
   */
  private void addTask(TextTokens doc, Task task, Map<String, List<AgencyMention>> probes,
      AgencyCollector collector) {
    String text = doc.text();
    int from = Math.min(task.span().start(), text.length());
    int to = Math.min(task.span().end(), text.length());
    List<AgencyMention> inTask = null;
    List<String> names = new ArrayList<>(task.lead());
    names.addAll(task.partners());
    for (String name : names) {
      List<AgencyMention> probe = probes.computeIfAbsent(name, n -> parser.field(n, 0, n.length()));
      if (probe.size() != 1 || !probe.get(0).isOrganisation()) {
        continue; // a group ("các phòng, ban, ngành") or words that are not a name
      }
      AgencyMention m = probe.get(0);
      List<int[]> ranges = new ArrayList<>();
      if (m.agencyId() != null) {
        inTask = inTask != null ? inTask : parser.mentions(parser.scan(doc.slice(from, to)));
        for (AgencyMention t : inTask) {
          if (m.agencyId().equals(t.agencyId())) {
            ranges.add(new int[] {t.start(), t.end()});
          }
        }
      } else {
        Matcher written = writtenPattern(name).matcher(text).region(from, to);
        while (written.find()) {
          ranges.add(new int[] {written.start(), written.end()});
        }
      }
      collector.add(m, List.of(task.text()), ranges);
    }
  }

  /** The name with any whitespace between its words, as it may be hard-wrapped in the text. */
  private static Pattern writtenPattern(String name) {
    StringBuilder p = new StringBuilder();
    for (String w : name.strip().split("\\s+")) {
      if (p.length() > 0) {
        p.append("\\s+");
      }
      p.append(Pattern.quote(w));
    }
    return Pattern.compile(p.toString());
  }
}
