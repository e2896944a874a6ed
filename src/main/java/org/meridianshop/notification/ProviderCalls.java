package org.meridianshop.notification;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * A call to a channel's provider over HTTP (Twilio, FCM, Google's token endpoint). Not reaching the
 * provider, or no answer in time, is a passing failure; what the provider answered is the caller's
 * to judge, with {@link #excerpt} of its body as the reason the history keeps.
 */
final class ProviderCalls {

  private static final int MAX_REASON = 300;

  private ProviderCalls() {}

  static HttpResponse<String> send(HttpClient http, HttpRequest request, String provider) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new DeliveryFailedException(
          provider + " did not answer in " + request.timeout().orElseThrow(), false, e);
    } catch (IOException e) {
      throw new DeliveryFailedException(provider + " not reached: " + e.getMessage(), false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailedException("Interrupted while calling " + provider, false, e);
    }
  }

  /** Whether the provider's answer says trying again later may succeed (it failed or throttled). */
  static boolean passing(int status) {
    return status >= 500 || status == 429;
  }

  static String excerpt(String body) {
    var text = body == null ? "" : body.strip();
    return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
  }
}
