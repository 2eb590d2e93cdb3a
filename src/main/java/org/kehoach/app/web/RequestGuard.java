package org.kehoach.app.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Checks every request before its handler: security headers on every response, and for requests that
 * write (any method but GET, HEAD and OPTIONS) the same-origin rule and the bearer token. Without a token a
 * page of another site could still make a browser post to a local server (a multipart form needs no
 * preflight), so a write whose {@code Origin} is not this server is refused with 403.
 */
final class RequestGuard {
  /** No inline script or style, nothing from other origins: every page is served by the app itself. */
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final byte[] token;

  RequestGuard(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  boolean tokenRequired() {
    return token != null;
  }

  void before(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", CSP);
    String method = ctx.method().name();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return;
    }
    checkOrigin(ctx);
    checkToken(ctx);
  }

  private static void checkOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return; // not sent by a browser's cross-site form or script (curl, tests, same-origin GET-like posts)
    }
    String host = ctx.header("Host");
    String authority;
    try {
      authority = new URI(origin).getRawAuthority();
    } catch (URISyntaxException e) {
      authority = null;
    }
    if (host == null || authority == null || !authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
      throw new ApiException(ErrorCode.FORBIDDEN,
          "a write request from origin '" + origin + "' to host '" + host + "': only this server's pages may write");
    }
  }

  private void checkToken(Context ctx) {
    if (token == null) {
      return;
    }
    String auth = ctx.header("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"kehoach\"");
      throw new ApiException(ErrorCode.UNAUTHORIZED,
          "this server requires 'Authorization: Bearer <token>' on write requests; "
              + (auth == null ? "none was sent" : "the header is not a Bearer token"));
    }
    byte[] given = auth.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"kehoach\", error=\"invalid_token\"");
      throw new ApiException(ErrorCode.UNAUTHORIZED, "the bearer token is not the one this server was started with");
    }
  }
}
