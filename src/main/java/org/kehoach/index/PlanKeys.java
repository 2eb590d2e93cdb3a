package org.kehoach.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kehoach.index.analysis.VietnameseFoldingFilter;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.Target;

/**
 * The keys that decide plan identity. A plan is identified by its <em>series</em>: the issuer (level and
 * place; the unit type for districts and communes; the issuer's name for schools and agencies, which share a
 * place with others), the plan year,
 * and the title (the number when there is no title). Within a series, a <em>version</em> is identified by
 * its number and issue date ({@link #edition}). Several files of one version (the .pdf and the .docx of the
 * same plan) are several sources of that version; a file of the same series with another number or date is a
 * new version. Place and name keys ignore diacritics, case, tone placement, y/i
 * spelling and type words ("tỉnh", "TP."). Immutable and thread-safe.
 *
 * <p>A version is told by its number and issue date, not by everything extracted from it: the .pdf and the
 * .docx of one plan may be read a little differently (a target missed in one), yet they are one plan. A
 * re-issued plan gets a new number or date. Only a plan whose number is left blank is told by its content.
 */
public final class PlanKeys {
  private static final String PREFIX_RESOURCE = "place-prefixes.txt";
  /** Type words written abbreviated, and the word they stand for. */
  private static final Map<String, String> ABBREVIATED_TYPES = Map.of("tp", "thanh pho", "tx", "thi xa");

  /** Folded token lists of the type words, longest first. */
  private final List<List<String>> prefixes;

  public PlanKeys(List<String> placePrefixes) {
    List<List<String>> p = new ArrayList<>();
    for (String s : placePrefixes) {
      p.add(tokens(s));
    }
    p.sort(Comparator.comparingInt((List<String> l) -> l.size()).reversed());
    this.prefixes = List.copyOf(p);
  }

  /** The keys with the type-word list shipped next to this class. */
  public static PlanKeys standard() {
    List<String> words = new ArrayList<>();
    try (InputStream in = PlanKeys.class.getResourceAsStream(PREFIX_RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + PREFIX_RESOURCE + " missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PREFIX_RESOURCE, e);
    }
    return new PlanKeys(words);
  }

  /** Folded search keys of the letter-and-digit runs of {@code text}. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isTokenChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isTokenChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String k = VietnameseFoldingFilter.key(text.substring(start, i));
        if (!k.isEmpty()) {
          out.add(k);
        }
      }
    }
    return out;
  }

  /** The folded key of a whole phrase: its tokens joined by single spaces ("" for null). */
  public static String phrase(String text) {
    return String.join(" ", tokens(text));
  }

  /** The key of a place name without its type word: "tỉnh Quảng Ninh" and "Quang Ninh" give "quang ninh". */
  public String place(String name) {
    List<String> t = tokens(name);
    for (List<String> p : prefixes) {
      if (t.size() > p.size() && t.subList(0, p.size()).equals(p)) {
        t = t.subList(p.size(), t.size());
        break;
      }
    }
    return String.join(" ", t);
  }

  /**
   * The issuer: level and places; for a district or commune also the unit type its name states, since a
   * province may have a city and a district of one name (thành phố and huyện Hồng Ngự); below those tiers
   * the issuer's own name.
   */
  public String issuer(PlanDocument d) {
    IssuerLevel level = d.issuer().level();
    StringBuilder sb = new StringBuilder(level.name()).append('|')
        .append(place(d.location().province())).append('|')
        .append(place(d.location().district())).append('|')
        .append(place(d.location().commune()));
    if (level == IssuerLevel.DISTRICT || level == IssuerLevel.COMMUNE) {
      sb.append('|').append(unitType(d.issuer().name()));
    } else if (level != IssuerLevel.PROVINCE) {
      sb.append('|').append(phrase(d.issuer().name()));
    }
    return sb.toString();
  }

  /** The first type word in a name ("Ủy ban nhân dân thị xã Kỳ Anh" → "thi xa"), abbreviations spelled out. */
  String unitType(String name) {
    List<String> t = tokens(name);
    for (int i = 0; i < t.size(); i++) {
      for (List<String> p : prefixes) {
        if (i + p.size() <= t.size() && t.subList(i, i + p.size()).equals(p)) {
          String type = String.join(" ", p);
          return ABBREVIATED_TYPES.getOrDefault(type, type);
        }
      }
    }
    return "";
  }

  /** The title's key, or "no:" and the number's when the title is missing. */
  public static String title(PlanDocument d) {
    if (d.title() != null) {
      return phrase(d.title());
    }
    return "no:" + phrase(d.number());
  }

  /** The title without its numbers (years, periods): plans on one topic across years share it. */
  public static String topic(PlanDocument d) {
    List<String> kept = new ArrayList<>();
    for (String t : tokens(d.title())) {
      if (!allDigits(t)) {
        kept.add(t);
      }
    }
    return String.join(" ", kept);
  }

  /** Whether every char of {@code s} is a digit (true for ""): a year or a period bound. */
  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The series: the {@link #issuer} key (given, as the caller needs it too), plan year and title. */
  static String series(String issuer, PlanDocument d) {
    return issuer + '|' + (d.planYear() == null ? "" : d.planYear()) + '|' + title(d);
  }

  /** What tells versions of one series apart: number and issue date, else (no number) the content. */
  public static String edition(PlanRecord p) {
    PlanDocument d = p.document();
    String number = phrase(d.number());
    if (!number.isEmpty()) {
      return "no:" + number + '|' + (d.issuedDate() == null ? "" : d.issuedDate());
    }
    return "content:" + content(p);
  }

  /** A digest of the content: the targets, budget total, title and date. */
  public static String content(PlanRecord p) {
    PlanDocument d = p.document();
    List<String> lines = new ArrayList<>();
    for (Target t : p.targets()) {
      lines.add((t.indicator() != null ? t.indicator() : phrase(t.name())) + '|' + number(t.value()) + '|'
          + (t.valueMax() == null ? "" : number(t.valueMax())) + '|' + t.unit() + '|' + t.comparator());
    }
    lines.sort(null);
    StringBuilder sb = new StringBuilder();
    sb.append(phrase(d.number())).append('\n').append(d.issuedDate()).append('\n').append(title(d)).append('\n');
    lines.forEach(l -> sb.append(l).append('\n'));
    sb.append("budget:").append(p.budgetTotal());
    return sha256(sb.toString()).substring(0, 32);
  }

  /** The version id: a digest of the series and edition keys. */
  public static String versionId(String series, String edition) {
    return sha256(series + '\n' + edition).substring(0, 32);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static boolean isTokenChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
