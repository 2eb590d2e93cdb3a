package org.kehoach.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kehoach.gazetteer.AdminUnit;
import org.kehoach.gazetteer.Agency;
import org.kehoach.gazetteer.AgencyLevel;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.gazetteer.Indicator;
import org.kehoach.model.Direction;

/**
 * What synthetic plans are made of: real district-level units with their provinces, the canonical indicators
 * with their written variants, and district agencies. Immutable.
 */
public record SyntheticWorld(List<District> districts, List<IndicatorSpec> indicators, List<String> agencies) {
  public SyntheticWorld {
    districts = List.copyOf(districts);
    indicators = List.copyOf(indicators);
    agencies = List.copyOf(agencies);
    if (districts.isEmpty() || indicators.isEmpty() || agencies.isEmpty()) {
      throw new IllegalArgumentException("a synthetic world needs districts, indicators and agencies");
    }
  }

  /** A district-level unit: code, bare name, full name ("Thành phố Cẩm Phả") and province. */
  public record District(String code, String name, String fullName, String province) {
    public District {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(fullName, "fullName");
      Objects.requireNonNull(province, "province");
    }
  }

  /** A canonical indicator: id, name, schema unit, better direction, written variants, domain. */
  public record IndicatorSpec(
      String id, String name, String unit, Direction better, List<String> synonyms, String domain) {
    public IndicatorSpec {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(better, "better");
      synonyms = List.copyOf(synonyms);
      Objects.requireNonNull(domain, "domain");
    }
  }

  /**
   * The district's own governing bodies ("Ủy ban nhân dân huyện", "Huyện ủy", "Hội đồng nhân dân thị xã"):
   * they issue plans rather than carry them out, and name one unit type, so they are left out.
   */
  private static final Pattern ISSUER_BODY =
      Pattern.compile("^(?:Ủy ban nhân dân|Hội đồng nhân dân|Văn phòng)|(?:ủy|Ủy)$");

  /** The world of the project's gazetteers: every district, indicator and district-level agency. */
  public static SyntheticWorld from(Gazetteers g) {
    List<District> districts = new ArrayList<>();
    for (AdminUnit u : g.admin().districts()) {
      districts.add(new District(u.code(), u.name(), u.fullName(), u.provinceName()));
    }
    List<IndicatorSpec> indicators = new ArrayList<>();
    for (Indicator i : g.indicators().all()) {
      indicators.add(new IndicatorSpec(i.id(), i.name(), i.unit().code(), Direction.valueOf(i.better().name()),
          i.synonyms(), i.domain()));
    }
    List<String> agencies = new ArrayList<>();
    for (Agency a : g.agencies().all()) {
      if (a.levels().contains(AgencyLevel.DISTRICT) && !ISSUER_BODY.matcher(a.canonical()).find()) {
        agencies.add(a.canonical());
      }
    }
    return new SyntheticWorld(districts, indicators, agencies);
  }
}
