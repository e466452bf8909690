package nl.resourcegroepen.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests against the running service: as a browser (session) or an API client (Basic). */
public final class Http {

  private final String base;
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private String basic;

  public Http(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** An API client that sends HTTP Basic credentials with every request. */
  public static Http basic(int port, String user, String password) {
    Http http = new Http(port);
    http.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http;
  }

  /** A browser that logs in through the login page and keeps its session cookie. */
  public static Http loggedIn(int port, String user, String password) {
    Http http = new Http(port);
    http.get("/login");
    HttpResponse<String> login = http.postForm("/login",
        "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(http.csrf()));
    if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("fout")) {
      throw new IllegalStateException("Login failed for " + user + ": " + login.statusCode());
    }
    return http;
  }

  public String csrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("RG-XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse("");
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> patchJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A multipart upload: one part per file, all in the field {@code files}, with the given file names. */
  public HttpResponse<String> postFiles(String path, java.util.Map<String, byte[]> files) {
    String boundary = "rg-" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    files.forEach((name, content) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
          + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> postForm(String path, String form) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
    if (basic != null) {
      builder.header("Authorization", basic);
    }
    String token = csrf();
    if (!token.isEmpty()) {
      builder.header("X-RG-XSRF-TOKEN", token);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
