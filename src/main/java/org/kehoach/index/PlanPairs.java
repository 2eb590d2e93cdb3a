package org.kehoach.index;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kehoach.model.IssuerLevel;

/**
 * Finds, in the index, the plan a district issued for a year and the plan to compare it with: the same
 * issuer's latest plan of an earlier year (or of a chosen year), preferring one on the same topic (same title
 * but for its numbers). Current versions only. Thread-safe as its searcher.
 */
public final class PlanPairs {
  private final PlanSearcher searcher;
  private final PlanKeys keys = PlanKeys.standard();

  public PlanPairs(PlanSearcher searcher) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
  }

  /**
   * The pair found.
   *
   * @param newer the plan of the requested year
   * @param older the plan to compare it with; {@code null} when the index has none
   * @param othersThatYear how many other plans the same issuer has for the requested year
   */
  public record Pair(PlanInfo newer, PlanInfo older, int othersThatYear) {
    public Pair {
      Objects.requireNonNull(newer, "newer");
    }
  }

  /** The district's plans match more than one issuer (a name shared across provinces, say). */
  public static final class AmbiguousPlaceException extends Exception {
    private static final long serialVersionUID = 1L;

    public AmbiguousPlaceException(String message) {
      super(message);
    }
  }

  /**
   * @param district the district's name, optionally with its type ("thành phố Hồng Ngự") to tell apart a
   *     city and a district of one name
   * @param province the province, or {@code null} when the district name is unambiguous
   * @param withYear the earlier year to compare with, or {@code null} for the latest earlier one
   * @return {@code null} when the index holds no plan of the district for {@code year}
   */
  public Pair find(String district, String province, int year, Integer withYear)
      throws IOException, AmbiguousPlaceException {
    Filters f = Filters.none().withDistrict(Objects.requireNonNull(district, "district")).withProvince(province);
    List<PlanInfo> found = searcher.plans(f.withYear(year), null);
    if (found.isEmpty()) {
      return null;
    }
    // the district's own plans before those of its schools and agencies
    List<PlanInfo> own = found.stream().filter(p -> IssuerLevel.DISTRICT.name().equals(p.level())).toList();
    List<PlanInfo> candidates = own.isEmpty() ? found : own;
    // "thành phố Hồng Ngự" or "huyện Hồng Ngự": a province may have a city and a district of one name
    String type = keys.unitType(district);
    if (!type.isEmpty()) {
      candidates = candidates.stream().filter(p -> p.issuerKey().endsWith("|" + type)).toList();
      if (candidates.isEmpty()) {
        return null;
      }
    }
    Set<String> issuers = new LinkedHashSet<>();
    candidates.forEach(p -> issuers.add(p.issuerKey()));
    if (issuers.size() > 1) {
      Set<String> names = new LinkedHashSet<>();
      candidates.forEach(p -> names.add((p.issuerName() == null ? p.level() : p.issuerName()) + " (" + p.place() + ")"));
      throw new AmbiguousPlaceException("plans of " + issuers.size() + " issuers match district '" + district
          + "' in " + year + ": " + String.join("; ", names)
          + "; name the province, or the unit type as in 'huyện " + district + "'");
    }
    PlanInfo newer = candidates.get(0);
    Filters earlier = withYear != null ? Filters.none().withYear(withYear)
        : Filters.none().withRange(null, year - 1);
    List<PlanInfo> before = searcher.plans(earlier, newer.issuerKey());
    PlanInfo older = before.stream().filter(p -> p.topic().equals(newer.topic())).findFirst()
        .orElse(before.isEmpty() ? null : before.get(0));
    return new Pair(newer, older, candidates.size() - 1);
  }
}
