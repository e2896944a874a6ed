package org.meridianshop.notification;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Push notifications through Firebase Cloud Messaging's HTTP v1 API, one device per request, as the
 * project's service account. FCM failing, throttling or not answering in time is a passing failure;
 * FCM refusing the message (4xx) is permanent, with FCM's reason; a device FCM no longer knows
 * ({@code UNREGISTERED}, 404) is reported as gone.
 */
final class FcmPush implements PushSender {

  private final HttpClient http;
  private final URI send;
  private final GoogleAccessTokens tokens;
  private final Duration timeout;

  /** The Firebase project, its service account, and where FCM is (Google's, or a test's). */
  record Project(String id, GoogleServiceAccount account, URI apiBase) {}

  FcmPush(Project project, Duration timeout) {
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    var base = project.apiBase().toString().replaceAll("/+$", "");
    this.send = URI.create(base + "/v1/projects/" + project.id() + "/messages:send");
    this.tokens =
        new GoogleAccessTokens(
            project.account(), GoogleAccessTokens.FCM_SCOPE, http, timeout, Clock.systemUTC());
    this.timeout = timeout;
  }

  @Override
  public void send(String deviceToken, PushMessage message) {
    var request =
        HttpRequest.newBuilder(send)
            .timeout(timeout)
            .header("Authorization", "Bearer " + tokens.current())
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body(deviceToken, message).toString()))
            .build();
    var response = ProviderCalls.send(http, request, "FCM");
    var status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    var reason = "FCM answered " + status + ": " + ProviderCalls.excerpt(response.body());
    if (status == 404 || errorCode(response.body()).filter("UNREGISTERED"::equals).isPresent()) {
      throw new DeviceGoneException(reason);
    }
    if (status == 401) {
      // the kept access token was revoked or expired early: the next attempt fetches another
      tokens.forget();
    }
    var passing = ProviderCalls.passing(status) || status == 401;
    throw new DeliveryFailedException(reason, !passing, null);
  }

  @Override
  public String description() {
    return "Firebase Cloud Messaging (" + send + ")";
  }

  private static JsonObject body(String deviceToken, PushMessage message) {
    return Json.createObjectBuilder()
        .add(
            "message",
            Json.createObjectBuilder()
                .add("token", deviceToken)
                .add(
                    "notification",
                    Json.createObjectBuilder()
                        .add("title", message.title())
                        .add("body", message.body()))
                .add("data", PushData.json(message.data())))
        .build();
  }

  /** The {@code errorCode} of FCM's error details, such as UNREGISTERED or INVALID_ARGUMENT. */
  private static Optional<String> errorCode(String body) {
    try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject().getJsonObject("error").getJsonArray("details").stream()
          .filter(detail -> detail.getValueType() == JsonValue.ValueType.OBJECT)
          .map(detail -> detail.asJsonObject().getString("errorCode", null))
          .filter(code -> code != null)
          .findFirst();
    } catch (JsonException | ClassCastException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
