package org.kehoach.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.kehoach.index.IndicatorLexicon;
import org.kehoach.pipeline.PlanPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server of {@code kehoach serve}: wires the handlers onto a Javalin app (Jetty 11) and owns the
 * upload workers. The pipeline and the indexer are given, not owned (the caller closes them). Start with
 * {@link #start()}, stop with {@link #close()}.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final WebConfig config;
  private final Javalin app;
  private final UploadJobs jobs;
  private final Responses responses;
  private final StaticAssets assets = StaticAssets.load();
  private final RequestGuard guard;
  private final List<String> routes = new ArrayList<>();
  private ServerConnector connector;

  /** How long an upload waits for the CLI to release the index's write lock. */
  public static final Duration INDEX_LOCK_WAIT = Duration.ofSeconds(30);

  /** A server whose uploads go into, and whose search and compare read, the index at the configured folder. */
  public WebServer(WebConfig config, PlanPipeline pipeline, IndicatorLexicon lexicon) {
    this(config, pipeline, new WebIndex(config.indexDir(), lexicon, INDEX_LOCK_WAIT), lexicon);
  }

  private WebServer(WebConfig config, PlanPipeline pipeline, WebIndex index, IndicatorLexicon lexicon) {
    this(config, pipeline, index, index, lexicon);
  }

  /**
   * @param indexer adds uploaded plans to the index
   * @param index reads the index for search and compare (usually the same object as {@code indexer})
   * @param lexicon reads indicator names in queries and the better direction of indicators
   */
  public WebServer(WebConfig config, PlanPipeline pipeline, PlanIndexer indexer, WebIndex index,
      IndicatorLexicon lexicon) {
    this.config = Objects.requireNonNull(config, "config");
    ObjectMapper mapper = new ObjectMapper();
    WebJson json = new WebJson(mapper);
    ErrorJson errors = new ErrorJson(mapper, ErrorMessages.vietnamese());
    this.responses = new Responses(json, errors);
    PlanStore store = new PlanStore(config.outDir(), mapper);
    this.jobs = new UploadJobs(new UploadProcessor(pipeline, store, indexer), config.workers(), config.queueLimit(),
        Duration.ofHours(1), Clock.systemUTC());
    this.guard = new RequestGuard(config.token());
    UploadHandler uploads = new UploadHandler(config, jobs, store, responses, new JobJson(mapper, errors));
    SearchHandler search = new SearchHandler(index, responses, mapper);
    CompareHandler compare = new CompareHandler(index, store, responses, lexicon, mapper);
    PlanHandler plans = new PlanHandler(store, responses, json, new PlanPage(Labels.vietnamese()));
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.prefer405over404 = true;
      c.jetty.multipartConfig.cacheDirectory(config.stagingDir().toString());
      c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
      c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() * config.maxFiles() + (1 << 20),
          SizeUnit.BYTES);
      c.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
      c.jetty.addConnector((server, httpConfig) -> {
        ServerConnector sc = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
        sc.setHost(config.host());
        sc.setPort(config.port());
        sc.setIdleTimeout(config.idleTimeout().toMillis());
        connector = sc;
        return sc;
      });
    });
    app.before(guard::before);
    get("/", ctx -> asset(ctx, "index.html"));
    get("/search", ctx -> asset(ctx, "search.html"));
    get("/compare", ctx -> asset(ctx, "compare.html"));
    get("/static/{name}", ctx -> asset(ctx, ctx.pathParam("name")));
    get("/openapi.json", ctx -> asset(ctx, "openapi.json"));
    get("/plans/{id}", plans::page);
    get("/api/info", this::info);
    get("/api/plans", plans::list);
    route(HandlerType.POST, "/api/plans", uploads::post);
    get("/api/plans/{id}", plans::get);
    get("/api/plans/{id}/text", plans::text);
    get("/api/plans/{id}/download", plans::download);
    get("/api/jobs/{id}", uploads::status);
    get("/api/search", search::search);
    get("/api/compare", compare::compare);
    app.exception(ApiException.class, (e, ctx) -> responses.error(ctx, e.code(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> responses.error(ctx, HttpStatuses.codeOf(e.getStatus()),
        e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected error on " + ctx.method() + " " + ctx.path(), e);
      responses.error(ctx, ErrorCode.INTERNAL, e.getClass().getSimpleName());
    });
    app.error(404, ctx -> {
      if (ctx.result() == null) {
        responses.error(ctx, ErrorCode.NOT_FOUND, "no page or endpoint at " + ctx.path());
      }
    });
    app.error(405, ctx -> {
      if (ctx.result() == null) {
        responses.error(ctx, ErrorCode.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path());
      }
    });
  }

  private void get(String path, Handler handler) {
    route(HandlerType.GET, path, handler);
  }

  private void route(HandlerType method, String path, Handler handler) {
    app.addHttpHandler(method, path, handler);
    routes.add(method.name() + " " + path);
  }

  /** Every route, as "METHOD /path/{param}", in the order registered (the OpenAPI test reads them). */
  public List<String> routes() {
    return List.copyOf(routes);
  }

  /** Starts listening; leftovers of an earlier run in the staging folder are removed first. */
  public WebServer start() throws IOException {
    Path staging = config.stagingDir();
    Files.createDirectories(staging);
    try (Stream<Path> s = Files.list(staging)) {
      for (Path p : s.toList()) {
        Files.deleteIfExists(p);
      }
    }
    app.start();
    return this;
  }

  /** The port listened on (the real one when the configuration said 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The base URL, such as {@code http://127.0.0.1:8080}. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port();
  }

  private void asset(Context ctx, String name) {
    StaticAssets.Asset a = assets.get(name).orElseThrow(
        () -> new ApiException(ErrorCode.NOT_FOUND, "no file " + name));
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(a.contentType()).result(a.bytes());
  }

  private void info(Context ctx) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("maxUploadBytes", config.maxUploadBytes());
    o.put("maxFiles", config.maxFiles());
    o.put("tokenRequired", guard.tokenRequired());
    o.put("requestTimeoutSeconds", config.requestTimeout().toSeconds());
    responses.json(ctx, 200, o);
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      jobs.close();
    }
  }
}
