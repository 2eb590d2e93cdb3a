package org.kehoach.extract.metadata;

import static org.kehoach.extract.metadata.UnitChoice.compatible;
import static org.kehoach.extract.metadata.UnitChoice.firstDistrict;
import static org.kehoach.extract.metadata.UnitChoice.firstProvince;
import static org.kehoach.extract.metadata.UnitChoice.groups;
import static org.kehoach.extract.metadata.UnitChoice.sameDistrict;
import static org.kehoach.extract.metadata.UnitChoice.sameName;
import static org.kehoach.extract.metadata.UnitChoice.titleCase;
import static org.kehoach.extract.metadata.UnitChoice.unitsOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.kehoach.gazetteer.AdminGazetteer;
import org.kehoach.gazetteer.AdminLevel;
import org.kehoach.gazetteer.AdminUnit;
import org.kehoach.gazetteer.CommuneGazetteer;
import org.kehoach.model.Issuer;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.PlanLocation;

/**
 * Turns the issuing body's name into its level and the plan's location through the administrative
 * gazetteer: "THÀNH PHỐ CẨM PHẢ" is a city under Quảng Ninh (DISTRICT) while "THÀNH PHỐ HÀ NỘI" is a
 * centrally-run city (PROVINCE); "HUYỆN HỒNG NGỰ" is the huyện, not the city of the same name. A body named
 * without its unit ("Ủy ban nhân dân thành phố", "Trường Tiểu học …") is placed by the units above it in the
 * header, the place of the date line, and the units the title and preamble name. Immutable and thread-safe.
 */
final class IssuerResolver {
  private final AdminGazetteer admin;
  /** Loaded on first use: only commune-level issuers need it (see {@link org.kehoach.gazetteer.Gazetteers#communes}). */
  private final Supplier<CommuneGazetteer> communes;

  /** The issuer and where the plan applies. */
  record Resolution(Issuer issuer, PlanLocation location) {}

  IssuerResolver(AdminGazetteer admin, Supplier<CommuneGazetteer> communes) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.communes = Objects.requireNonNull(communes, "communes");
  }

  /**
   * @param chain the bodies of the header, the issuer last (parents first); or the one body the text or the
   *     title names; empty when none is known
   * @param named whether the issuer's name may be given (false when it was only inferred from a title)
   */
  Resolution resolve(List<BodyPhrase> chain, boolean named, PlaceContext ctx) {
    if (chain.isEmpty()) {
      return new Resolution(Issuer.unknown(), unknownLocation(ctx));
    }
    BodyPhrase issuer = chain.get(chain.size() - 1);
    List<AdminUnit> own = units(issuer);
    List<List<AdminUnit>> parents = new ArrayList<>();
    for (int i = chain.size() - 2; i >= 0; i--) {
      parents.add(units(chain.get(i)));
    }
    IssuerLevel level = switch (issuer.kind()) {
      case SCHOOL -> IssuerLevel.SCHOOL;
      case AGENCY -> IssuerLevel.AGENCY;
      default -> adminLevel(issuer, own, ctx);
    };
    PlanLocation location = switch (level) {
      case PROVINCE -> provinceOnly(own, parents, ctx);
      case DISTRICT -> district(issuer, own, parents, ctx);
      case COMMUNE -> commune(issuer, parents, ctx);
      case SCHOOL, AGENCY -> ownBody(issuer, own, parents, ctx);
      case UNKNOWN -> unknownLocation(ctx);
    };
    String name = named ? name(issuer, level, location) : null;
    return new Resolution(new Issuer(name, level), location);
  }

  private IssuerLevel adminLevel(BodyPhrase b, List<AdminUnit> own, PlaceContext ctx) {
    switch (b.tier()) {
      case PROVINCE:
        return IssuerLevel.PROVINCE;
      case DISTRICT:
        return IssuerLevel.DISTRICT;
      case COMMUNE:
        return IssuerLevel.COMMUNE;
      default:
        break;
    }
    List<AdminUnit> known = !own.isEmpty() || b.unitName() != null ? own : compatible(ctx.placeUnits(), b.tier());
    if (!known.isEmpty()) {
      return known.stream().anyMatch(u -> u.level() == AdminLevel.PROVINCE) ? IssuerLevel.PROVINCE : IssuerLevel.DISTRICT;
    }
    return b.tier() == Tier.CITY ? IssuerLevel.DISTRICT : IssuerLevel.UNKNOWN;
  }

  /**
   * The provinces and districts a body's unit may be: its unit word and name together first ("thành phố
   * Cẩm Phả", "thị xã Cẩm Phả" as a former name), then the name alone within the word's tier; a name
   * running on into other words ("LÝ SƠN NĂM 2025") is shortened word by word until it resolves.
   */
  List<AdminUnit> units(BodyPhrase b) {
    if (b.unitName() == null || b.tier() == Tier.COMMUNE) {
      return List.of();
    }
    String[] words = b.unitName().split(" ");
    for (int k = words.length; k > 0; k--) {
      String name = String.join(" ", Arrays.copyOfRange(words, 0, k));
      List<AdminUnit> found = compatible(unitsOf(admin.resolve(b.unitWord() + " " + name)), b.tier());
      if (found.isEmpty()) {
        found = compatible(unitsOf(admin.resolve(name)), b.tier());
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** The units {@code place} may name. */
  List<AdminUnit> placeUnits(String place) {
    return place == null || place.isBlank() ? List.of() : unitsOf(admin.resolve(place));
  }

  private PlanLocation provinceOnly(List<AdminUnit> own, List<List<AdminUnit>> parents, PlaceContext ctx) {
    AdminUnit p = firstProvince(ctx, groups(List.of(own), parents, List.of(ctx.placeUnits()), ctx.titleMentions(),
        ctx.textMentions()));
    return new PlanLocation(p == null ? null : p.name(), null, null);
  }

  private PlanLocation district(BodyPhrase b, List<AdminUnit> own, List<List<AdminUnit>> parents, PlaceContext ctx) {
    List<List<AdminUnit>> sources;
    if (!own.isEmpty()) {
      sources = List.of(own);
    } else if (b.unitName() != null) {
      return new PlanLocation(province(null, parents, ctx), titleCase(b.unitName()), null); // not in the gazetteer
    } else {
      sources = groups(List.of(compatible(ctx.placeUnits(), b.tier())), ctx.titleMentions(), ctx.textMentions());
    }
    AdminUnit d = firstDistrict(ctx, sources);
    if (d == null) {
      return new PlanLocation(province(null, parents, ctx), null, null);
    }
    return new PlanLocation(d.provinceName(), d.name(), null);
  }

  private PlanLocation commune(BodyPhrase b, List<List<AdminUnit>> parents, PlaceContext ctx) {
    String name = b.unitName();
    List<AdminUnit> place = name != null && sameName(ctx.place(), name) ? List.of() : ctx.placeUnits();
    AdminUnit d = firstDistrict(ctx, groups(parents, ctx.titleMentions(), ctx.textMentions(), List.of(place)));
    if (name == null) {
      return d == null ? new PlanLocation(province(null, parents, ctx), null, null)
          : new PlanLocation(d.provinceName(), d.name(), null);
    }
    List<AdminUnit> found = communes.get().resolve(name, d == null ? null : d.code());
    if (d == null) {
      AdminUnit only = sameDistrict(found);
      if (only != null) {
        AdminUnit district = admin.byCode(AdminLevel.DISTRICT, only.districtCode()).orElse(null);
        return new PlanLocation(only.provinceName(), district == null ? null : district.name(), only.name());
      }
      return new PlanLocation(province(null, parents, ctx), null, titleCase(name));
    }
    return new PlanLocation(d.provinceName(), d.name(), found.isEmpty() ? titleCase(name) : found.get(0).name());
  }

  /** A school or agency: placed by its own unit, else the units above it, else what the text names. */
  private PlanLocation ownBody(BodyPhrase b, List<AdminUnit> own, List<List<AdminUnit>> parents, PlaceContext ctx) {
    boolean provincial = b.tier() == Tier.PROVINCE || own.stream().anyMatch(u -> u.level() == AdminLevel.PROVINCE)
        || (own.isEmpty() && !parents.isEmpty() && parents.get(0).stream().anyMatch(u -> u.level() == AdminLevel.PROVINCE));
    if (provincial) {
      return provinceOnly(own, parents, ctx);
    }
    AdminUnit d = firstDistrict(ctx, groups(List.of(own), parents, ctx.titleMentions(), ctx.textMentions(),
        List.of(ctx.placeUnits())));
    if (d == null) {
      return new PlanLocation(province(own, parents, ctx), null, null);
    }
    return new PlanLocation(d.provinceName(), d.name(), null);
  }

  private PlanLocation unknownLocation(PlaceContext ctx) {
    List<List<AdminUnit>> sources = groups(ctx.titleMentions(), List.of(ctx.placeUnits()));
    AdminUnit d = firstDistrict(ctx, sources);
    if (d != null) {
      return new PlanLocation(d.provinceName(), d.name(), null);
    }
    AdminUnit p = firstProvince(ctx, sources);
    return new PlanLocation(p == null ? null : p.name(), null, null);
  }

  private String province(List<AdminUnit> own, List<List<AdminUnit>> parents, PlaceContext ctx) {
    AdminUnit p = firstProvince(ctx, groups(own == null ? List.of() : List.of(own), parents, List.of(ctx.placeUnits()),
        ctx.titleMentions(), ctx.textMentions()));
    return p == null ? null : p.name();
  }

  /** The issuer's name as written, completed with its unit's name when only the unit word was written. */
  private static String name(BodyPhrase b, IssuerLevel level, PlanLocation loc) {
    if (b.unitWord() == null || b.unitName() != null) {
      return b.text();
    }
    String unit = switch (level) {
      case PROVINCE -> loc.province();
      case DISTRICT -> loc.district();
      case COMMUNE -> loc.commune();
      default -> null;
    };
    return unit == null ? b.text() : b.text() + " " + unit;
  }
}
