package org.kehoach.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tiny HTTP client for the tests: GET, and multipart POST built by hand (the JDK has no builder for it). */
final class Http {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  Http(String base) {
    this.base = base;
  }

  /** One part named "file". */
  record Part(String filename, byte[] bytes) {}

  HttpResponse<byte[]> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  HttpResponse<byte[]> post(String path, List<Part> parts, Map<String, String> headers) {
    String boundary = "----kehoachTestBoundary7MA4YWxkTrZu0gW";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part p : parts) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + p.filename()
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(p.bytes());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofMinutes(3))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    headers.forEach(b::header);
    return send(b.build());
  }

  HttpResponse<byte[]> post(String path, Part part) {
    return post(path, List.of(part), Map.of());
  }

  HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static JsonNode json(HttpResponse<byte[]> r) {
    try {
      return MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (HTTP " + r.statusCode() + "): " + text(r), e);
    }
  }

  static List<Part> parts(Part... p) {
    return new ArrayList<>(List.of(p));
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
