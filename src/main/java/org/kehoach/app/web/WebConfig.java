package org.kehoach.app.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server is set up; fixed at the edge ({@code kehoach serve}) and passed in.
 *
 * @param host the address to listen on ({@code 127.0.0.1} by default: local use only)
 * @param port the port; 0 picks a free one (tests)
 * @param outDir the output folder shared with {@code kehoach parse}
 * @param indexDir the Lucene index folder shared with {@code kehoach index} and {@code search}
 * @param maxUploadBytes the largest file accepted, per file
 * @param maxFiles the most files in one request
 * @param token the bearer token write requests must carry, or {@code null} when none is required
 * @param requestTimeout how long a request waiting for its upload's result waits before answering 202 with
 *     the job to poll
 * @param idleTimeout how long a connection may stay silent (protects against slow clients)
 * @param workers how many uploads are parsed at once
 * @param queueLimit how many files may wait for a worker
 */
public record WebConfig(
    String host, int port, Path outDir, Path indexDir, long maxUploadBytes, int maxFiles, String token,
    Duration requestTimeout, Duration idleTimeout, int workers, int queueLimit) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

  public WebConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    if (maxUploadBytes <= 0 || maxFiles <= 0 || workers <= 0 || queueLimit <= 0) {
      throw new IllegalArgumentException("maxUploadBytes, maxFiles, workers and queueLimit must be positive, got "
          + maxUploadBytes + ", " + maxFiles + ", " + workers + ", " + queueLimit);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
  }

  /** The defaults for an output folder and its index. */
  public static WebConfig defaults(Path outDir, Path indexDir) {
    return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, outDir, indexDir, DEFAULT_MAX_UPLOAD_BYTES, 20, null,
        Duration.ofSeconds(120), Duration.ofSeconds(60), 2, 200);
  }

  public WebConfig withPort(int p) {
    return new WebConfig(host, p, outDir, indexDir, maxUploadBytes, maxFiles, token, requestTimeout, idleTimeout,
        workers, queueLimit);
  }

  public WebConfig withToken(String t) {
    return new WebConfig(host, port, outDir, indexDir, maxUploadBytes, maxFiles, t, requestTimeout, idleTimeout,
        workers, queueLimit);
  }

  public WebConfig withMaxUploadBytes(long bytes) {
    return new WebConfig(host, port, outDir, indexDir, bytes, maxFiles, token, requestTimeout, idleTimeout,
        workers, queueLimit);
  }

  public WebConfig withRequestTimeout(Duration d) {
    return new WebConfig(host, port, outDir, indexDir, maxUploadBytes, maxFiles, token, d, idleTimeout, workers,
        queueLimit);
  }

  /** The folder uploads are staged in under generated names before parsing. */
  public Path stagingDir() {
    return outDir.resolve(".uploads");
  }
}
