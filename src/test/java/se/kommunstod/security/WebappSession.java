package se.kommunstod.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session with the Camunda webapps (Tasklist, Cockpit): session cookie plus the CSRF
 * token the webapps require on every change, exactly what the Angular apps send.
 */
public final class WebappSession {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public WebappSession(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in to one webapp ("tasklist", "cockpit"); returns the HTTP status of the login. */
  public int login(String app, String user, String password) {
    get("/camunda/app/" + app + "/");
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        send(
            "POST",
            "/camunda/api/admin/auth/user/default/login/" + app,
            "application/x-www-form-urlencoded",
            form);
    get("/camunda/api/admin/auth/user/default"); // fresh CSRF token for the new session
    return answer.statusCode();
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null, null);
  }

  /** A GET accepting any content type (attachment data, CSV, PDF). */
  public HttpResponse<String> getAny(String path) {
    return send("GET", path, null, null, "*/*");
  }

  public HttpResponse<String> delete(String path) {
    return send("DELETE", path, null, null);
  }

  public HttpResponse<String> put(String path, String json) {
    return send("PUT", path, "application/json", json);
  }

  public HttpResponse<String> post(String path, String json) {
    return send("POST", path, "application/json", json);
  }

  /** A POST of JSON accepting the given type, e.g. Tasklist's {@code application/hal+json}. */
  public HttpResponse<String> post(String path, String json, String accept) {
    return send("POST", path, "application/json", json, accept);
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body) {
    return send(method, path, contentType, body, "application/json");
  }

  private HttpResponse<String> send(
      String method, String path, String contentType, String body, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", accept)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    String token = csrfToken();
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }
}
