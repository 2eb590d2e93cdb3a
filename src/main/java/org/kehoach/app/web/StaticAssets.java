package org.kehoach.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages, scripts and styles the app serves, loaded from the classpath once at start: a fixed list, so a
 * request can only ever get one of these files (no path is built from the URL), and a missing one fails at
 * start. Everything is served by the app itself; nothing comes from a CDN.
 */
final class StaticAssets {
  private static final String ROOT = "/org/kehoach/web/static/";
  private static final String[] FILES = {
    "index.html", "search.html", "compare.html", "app.css", "common.js", "upload.js", "plan.js", "search.js",
    "compare.js", "charts.js", "openapi.json"
  };

  /** One file with its media type. */
  record Asset(String contentType, byte[] bytes) {}

  private final Map<String, Asset> assets;

  private StaticAssets(Map<String, Asset> assets) {
    this.assets = assets;
  }

  static StaticAssets load() {
    Map<String, Asset> map = new LinkedHashMap<>();
    for (String f : FILES) {
      try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + f)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + ROOT + f);
        }
        map.put(f, new Asset(type(f), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new StaticAssets(Map.copyOf(map));
  }

  Optional<Asset> get(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  private static String type(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".json")) {
      return "application/json; charset=utf-8";
    }
    throw new IllegalArgumentException("no media type for " + name);
  }
}
