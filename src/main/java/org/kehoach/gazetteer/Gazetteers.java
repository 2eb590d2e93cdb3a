package org.kehoach.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.kehoach.util.Lazy;

/**
 * All of the project's gazetteers, loaded together from one folder ({@code gazetteers/} of the project) or
 * from the same files packaged on the classpath under {@code gazetteers/}. Loading parses and checks every
 * file (errors name the file and line) and takes well under a second; build one instance and share it.
 * The commune file (ten thousand rows, half of the loading work) is the exception: only plans issued by a
 * commune-level body consult it, so it is read and checked on the first call of {@link #communes()}, which
 * throws its errors. Immutable (the communes, once loaded, are kept) and thread-safe.
 */
public final class Gazetteers {
  /** The classpath folder the build copies the gazetteer files into. */
  public static final String RESOURCE_DIR = "gazetteers";

  /** System property naming a gazetteer folder that {@link #loadDefault} prefers to the classpath copy. */
  public static final String PATH_PROPERTY = "kehoach.gazetteers";

  private final AdminGazetteer admin;
  private final Supplier<CommuneGazetteer> communes;
  private final AgencyGazetteer agencies;
  private final IndicatorMatcher indicators;
  private final SyllableTokenizer tokenizer;

  public Gazetteers(
      AdminGazetteer admin,
      CommuneGazetteer communes,
      AgencyGazetteer agencies,
      IndicatorMatcher indicators,
      SyllableTokenizer tokenizer) {
    this(admin, constant(Objects.requireNonNull(communes, "communes")), agencies, indicators, tokenizer);
  }

  private Gazetteers(
      AdminGazetteer admin,
      Supplier<CommuneGazetteer> communes,
      AgencyGazetteer agencies,
      IndicatorMatcher indicators,
      SyllableTokenizer tokenizer) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.communes = Objects.requireNonNull(communes, "communes");
    this.agencies = Objects.requireNonNull(agencies, "agencies");
    this.indicators = Objects.requireNonNull(indicators, "indicators");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  /** Loads every gazetteer file from {@code dir}. */
  public static Gazetteers load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("gazetteer folder not found: " + dir);
    }
    return load(new Source() {
      @Override
      public InputStream open(String file) throws IOException {
        return Files.newInputStream(dir.resolve(file));
      }

      @Override
      public String name(String file) {
        return dir.resolve(file).toString();
      }
    });
  }

  /** Loads every gazetteer file from the classpath folder {@value #RESOURCE_DIR} of {@code loader}. */
  public static Gazetteers fromClasspath(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    return load(new Source() {
      @Override
      public InputStream open(String file) throws IOException {
        InputStream in = loader.getResourceAsStream(RESOURCE_DIR + "/" + file);
        if (in == null) {
          throw new IOException("classpath resource " + name(file) + " not found");
        }
        return in;
      }

      @Override
      public String name(String file) {
        return "classpath:" + RESOURCE_DIR + "/" + file;
      }
    });
  }

  /**
   * Loads from the folder named by the system property {@value #PATH_PROPERTY} when it is set, else from
   * the classpath copy.
   */
  public static Gazetteers loadDefault() {
    String dir = System.getProperty(PATH_PROPERTY);
    if (dir != null && !dir.isBlank()) {
      return load(Path.of(dir));
    }
    return fromClasspath(Gazetteers.class.getClassLoader());
  }

  private static Gazetteers load(Source source) {
    SyllableTokenizer tokenizer = new SyllableTokenizer();
    AdminUnitsTsv adminTsv = new AdminUnitsTsv();
    List<AdminUnit> units = adminTsv.units(read(source, AdminUnitsTsv.UNITS_FILE, AdminUnitsTsv.UNITS_HEADER));
    List<Agency> agencies =
        new AgenciesTsv().agencies(read(source, AgenciesTsv.FILE, AgenciesTsv.HEADER), tokenizer);
    List<String> stopPhrases =
        AgenciesTsv.stopPhrases(read(source, AgenciesTsv.STOP_FILE, AgenciesTsv.STOP_HEADER));
    List<Indicator> indicators =
        new IndicatorsTsv().indicators(read(source, IndicatorsTsv.FILE, IndicatorsTsv.HEADER), tokenizer);
    Supplier<CommuneGazetteer> communes = new Lazy<>(() -> new CommuneGazetteer(
        adminTsv.communes(read(source, AdminUnitsTsv.COMMUNES_FILE, AdminUnitsTsv.COMMUNES_HEADER), units,
            new AdminAliasRules()),
        tokenizer));
    return new Gazetteers(
        new AdminGazetteer(units, tokenizer),
        communes,
        new AgencyGazetteer(agencies, stopPhrases, tokenizer),
        new IndicatorMatcher(indicators, tokenizer),
        tokenizer);
  }

  private static <T> Supplier<T> constant(T value) {
    return () -> value;
  }

  private static List<TsvRow> read(Source source, String file, List<String> header) {
    try (InputStream in = source.open(file)) {
      return new TsvReader(header).read(in, source.name(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + source.name(file), e);
    }
  }

  public AdminGazetteer admin() {
    return admin;
  }

  /**
   * The communes, read and checked on the first call.
   *
   * @throws GazetteerFormatException when the commune file is malformed (on every call, until it loads)
   */
  public CommuneGazetteer communes() {
    return communes.get();
  }

  public AgencyGazetteer agencies() {
    return agencies;
  }

  public IndicatorMatcher indicators() {
    return indicators;
  }

  /** The tokenizer every gazetteer here matches with. */
  public SyllableTokenizer tokenizer() {
    return tokenizer;
  }

  private interface Source {
    InputStream open(String file) throws IOException;

    String name(String file);
  }
}
