package org.kehoach.extract.consistency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kehoach.model.Section;
import org.kehoach.model.SectionKind;
import org.kehoach.model.Warning;

/** Sections every plan has ({@code required-sections.tsv}), and the title. Immutable. */
final class SectionConsistency {
  static final String RESOURCE = "org/kehoach/extract/consistency/required-sections.tsv";

  /** One row of the list: any of {@code kinds} satisfies it. */
  record Required(Set<SectionKind> kinds, String what) {
    Required {
      kinds = Set.copyOf(kinds);
    }
  }

  private final List<Required> required;

  SectionConsistency(List<Required> required) {
    this.required = List.copyOf(required);
  }

  static SectionConsistency standard() {
    return new SectionConsistency(load(RESOURCE));
  }

  void check(ConsistencyInput in, List<Warning> out) {
    if (in.document().title() == null) {
      out.add(new Warning(WarningCode.NO_TITLE.name(),
          "expected a plan title after 'KẾ HOẠCH' (or in the issuing decision's title), found none", null));
    }
    List<Section> sections = in.sections();
    if (sections.isEmpty()) {
      List<String> whats = new ArrayList<>();
      required.forEach(r -> whats.add(r.what()));
      out.add(new Warning(WarningCode.MISSING_SECTION.name(),
          "expected " + String.join(", ", whats) + ", found no sections at all", null));
      return;
    }
    Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
    List<String> found = new ArrayList<>();
    for (Section s : sections) {
      present.add(s.kind());
      found.add(s.kind() + " '" + s.heading() + "'");
    }
    for (Required r : required) {
      if (r.kinds().stream().noneMatch(present::contains)) {
        out.add(new Warning(WarningCode.MISSING_SECTION.name(),
            "expected " + r.what() + ", found only " + String.join(", ", found), null));
      }
    }
  }

  static List<Required> load(String resource) {
    InputStream in = SectionConsistency.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("required-sections list not found on the classpath: " + resource);
    }
    List<Required> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 2) {
          throw new IllegalArgumentException(resource + ":" + n + ": expected 2 tab-separated cells, found "
              + cells.length + " in '" + line + "'");
        }
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        for (String k : cells[0].split("\\|")) {
          try {
            kinds.add(SectionKind.valueOf(k.strip()));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(resource + ":" + n + ": expected a SectionKind, found '" + k.strip() + "'", e);
          }
        }
        out.add(new Required(kinds, cells[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
