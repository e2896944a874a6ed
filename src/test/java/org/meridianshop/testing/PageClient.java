package org.meridianshop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: the shop's pages over HTTP/1.1 with a cookie jar, redirects not
 * followed (so tests see where they lead), and Faces forms sent as a browser sends them. Each
 * client names its own address in {@code X-Forwarded-For}, so its failed sign-ins count against
 * nobody else's limit.
 */
public final class PageClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String clientAddress =
      "10.%d.%d.%d"
          .formatted(
              ThreadLocalRandom.current().nextInt(1, 255),
              ThreadLocalRandom.current().nextInt(1, 255),
              ThreadLocalRandom.current().nextInt(1, 255));

  /** An email no other test uses. */
  public static String uniqueEmail(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** Posts the fields as they are, with no page state unless the fields include it. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    var body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * Opens the page and sends its form as a browser would: the form's own marker, its page state,
   * the fields given and the button pressed.
   */
  public HttpResponse<String> submit(
      String path, String formId, String button, Map<String, String> fields) {
    var page = get(path);
    var sent = new LinkedHashMap<String, String>();
    sent.put(formId, formId);
    sent.put("jakarta.faces.ViewState", viewState(page.body()).orElseThrow());
    sent.putAll(fields);
    sent.put(button, button);
    return post(formAction(path), sent);
  }

  /** Signs in through the login page; true when the shop let the client in. */
  public boolean signIn(String email, String password) {
    var response =
        submit(
            "login.xhtml",
            "login-form",
            "sign-in",
            Map.of("email", email, "password", password, "next", ""));
    return response.statusCode() == 302;
  }

  /** Opens an account through the registration page, which also signs the client in. */
  public void register(String email, String password) {
    var response =
        submit(
            "register.xhtml",
            "register-form",
            "register",
            Map.of(
                "email", email,
                "password", password,
                "firstName", "Test",
                "lastName", "Shopper",
                "phone", ""));
    if (response.statusCode() != 302) {
      throw new AssertionError("Registration refused: " + response.body());
    }
  }

  public static Optional<String> viewState(String html) {
    var matcher = VIEW_STATE.matcher(html);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String formAction(String path) {
    var query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private HttpRequest.Builder request(String path) {
    URI uri = RunningShop.baseUri().resolve(path);
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("X-Forwarded-For", clientAddress);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
