package org.meridianshop.notification;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends text messages through Twilio's REST API (the Messages resource of the account). Twilio
 * failing or not answering in time is a passing failure; Twilio refusing the message (4xx, such as
 * an invalid number) is permanent, with Twilio's own reason.
 */
final class TwilioSms implements SmsSender {

  private final HttpClient http;
  private final URI messages;
  private final String authorization;
  private final String from;
  private final Duration timeout;

  /** The account, its token, the sending number, and where the API is (Twilio's, or a test's). */
  record Account(String sid, String authToken, String from, URI apiBase) {}

  TwilioSms(Account account, Duration timeout) {
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    var base = account.apiBase().toString().replaceAll("/+$", "");
    this.messages = URI.create(base + "/2010-04-01/Accounts/" + account.sid() + "/Messages.json");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (account.sid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
    this.from = account.from();
    this.timeout = timeout;
  }

  @Override
  public void send(String phoneNumber, String text) {
    var form = new LinkedHashMap<String, String>();
    form.put("To", phoneNumber.replaceAll("[\\s().-]", ""));
    form.put("From", from);
    form.put("Body", text);
    var request =
        HttpRequest.newBuilder(messages)
            .timeout(timeout)
            .header("Authorization", authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build();
    var response = ProviderCalls.send(http, request, "Twilio");
    var status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    throw new DeliveryFailedException(
        "Twilio answered " + status + ": " + ProviderCalls.excerpt(response.body()),
        !ProviderCalls.passing(status),
        null);
  }

  @Override
  public String description() {
    return "Twilio (" + messages.getHost() + ") from " + from;
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
