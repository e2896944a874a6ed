package org.meridianshop.notification;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * OAuth 2.0 access tokens for a service account (Google's two-legged flow): a JWT assertion signed
 * with the account's key (RS256) is exchanged at the account's token URI. A token is kept until a
 * minute before it expires, so pushes do not each pay for a round trip; a token FCM rejects is
 * dropped with {@link #forget()}.
 */
final class GoogleAccessTokens {

  static final String FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
  private static final Duration LIFETIME = Duration.ofHours(1);
  private static final Duration MARGIN = Duration.ofMinutes(1);
  private static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  private final GoogleServiceAccount account;
  private final String scope;
  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  GoogleAccessTokens(
      GoogleServiceAccount account, String scope, HttpClient http, Duration timeout, Clock clock) {
    this.account = account;
    this.scope = scope;
    this.http = http;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** A valid access token, fetched anew only when the kept one is about to expire. */
  synchronized String current() {
    var now = clock.instant();
    if (token == null || !now.isBefore(renewAt)) {
      fetch(now);
    }
    return token;
  }

  synchronized void forget() {
    token = null;
  }

  private void fetch(Instant now) {
    var form =
        "grant_type="
            + URLEncoder.encode(GRANT, StandardCharsets.UTF_8)
            + "&assertion="
            + assertion(now);
    var request =
        HttpRequest.newBuilder(account.tokenUri())
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    var response = ProviderCalls.send(http, request, "Google's token endpoint");
    var status = response.statusCode();
    if (status != 200) {
      // a refused assertion (a revoked key, a wrong account) will not pass on a later try
      throw new DeliveryFailedException(
          "Google's token endpoint answered "
              + status
              + ": "
              + ProviderCalls.excerpt(response.body()),
          !ProviderCalls.passing(status),
          null);
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      var answer = reader.readObject();
      token = answer.getString("access_token");
      var expiresIn = Duration.ofSeconds(answer.getJsonNumber("expires_in").longValue());
      renewAt = now.plus(expiresIn).minus(MARGIN);
    } catch (JsonException | ClassCastException | NullPointerException e) {
      throw new DeliveryFailedException("Google's token endpoint answered no token", false, e);
    }
  }

  private String assertion(Instant now) {
    var header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build();
    var claims =
        Json.createObjectBuilder()
            .add("iss", account.clientEmail())
            .add("scope", scope)
            .add("aud", account.tokenUri().toString())
            .add("iat", now.getEpochSecond())
            .add("exp", now.plus(LIFETIME).getEpochSecond())
            .build();
    var signingInput = base64Url(header.toString()) + "." + base64Url(claims.toString());
    try {
      var signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(account.privateKey());
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign with the service account's key", e);
    }
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
