package org.meridianshop.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe in test mode, on a WireMock server of its own: point {@code STRIPE_API_BASE} at {@link
 * #apiBase()} and a Stripe client talks to an {@linkplain EmulatedStripeAccount emulated account}
 * that answers Stripe's test payment methods as Stripe does. Tests can put WireMock stubs with a
 * higher priority in front of it (server errors, delays) with {@link #wireMock()}, look at the
 * requests it received there, move a 3-D Secure payment on as the customer would, and make and sign
 * the webhook events Stripe would post.
 */
public final class StripeEmulator implements AutoCloseable {

  public static final String SECRET_KEY = "sk_test_emulated";
  public static final String PUBLISHABLE_KEY = "pk_test_emulated";
  public static final String WEBHOOK_SECRET = "whsec_test_emulatedEndpointSecret";

  /** The emulated account answers at this priority; a test's own stubs win with a smaller one. */
  public static final int ACCOUNT_PRIORITY = 10;

  private final WireMockServer server;
  private final EmulatedStripeAccount account;

  private StripeEmulator(WireMockServer server, EmulatedStripeAccount account) {
    this.server = server;
    this.account = account;
  }

  public static StripeEmulator start() {
    var account = new EmulatedStripeAccount(SECRET_KEY);
    var server = new WireMockServer(options().dynamicPort().extensions(account));
    server.start();
    server.stubFor(
        any(urlPathMatching("/v1/.*"))
            .atPriority(ACCOUNT_PRIORITY)
            .willReturn(aResponse().withTransformers(EmulatedStripeAccount.NAME)));
    return new StripeEmulator(server, account);
  }

  /** Where Stripe's API is, such as {@code http://localhost:41234}. */
  public String apiBase() {
    return "http://localhost:" + server.port();
  }

  /** The variables that point a shop at this emulator. */
  public Map<String, String> environment() {
    return Map.of(
        "STRIPE_SECRET_KEY", SECRET_KEY,
        "STRIPE_PUBLISHABLE_KEY", PUBLISHABLE_KEY,
        "STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET,
        "STRIPE_API_BASE", apiBase());
  }

  /** The WireMock server, for stubs in front of the account and the requests it received. */
  public WireMockServer wireMock() {
    return server;
  }

  /**
   * The emulated account's own answer, for a stub in front of it that changes how the answer
   * travels (a delay past the shop's timeout: the call is made, its answer lost).
   */
  public ResponseDefinitionBuilder accountAnswer() {
    return aResponse().withTransformers(EmulatedStripeAccount.NAME);
  }

  /** A PaymentIntent as the account holds it now. */
  public JsonObject paymentIntent(String id) {
    return account.paymentIntent(id);
  }

  /** The PaymentIntents the shop made for an order (found by the order id in their metadata). */
  public List<JsonObject> paymentIntentsOfOrder(String orderId) {
    return account.paymentIntentsOfOrder(orderId);
  }

  /** The customer passes the 3-D Secure challenge of a waiting PaymentIntent: it is paid. */
  public void completeAuthentication(String paymentIntentId) {
    account.completeAuthentication(paymentIntentId);
  }

  /** The customer fails the 3-D Secure challenge: the PaymentIntent needs another card. */
  public void failAuthentication(String paymentIntentId) {
    account.failAuthentication(paymentIntentId);
  }

  /**
   * A new event of this type about the PaymentIntent as it is now, such as {@code
   * payment_intent.succeeded}, as Stripe would post it (JSON; a fresh event id).
   */
  public String event(String type, String paymentIntentId) {
    return StripeObjects.event(type, account.paymentIntent(paymentIntentId)).toString();
  }

  /** An event of this type about any object, such as one the shop has never heard of. */
  public String event(String type, JsonObject object) {
    return StripeObjects.event(type, object).toString();
  }

  /**
   * Posts a new, signed event of this type about the PaymentIntent as it is now to a webhook
   * endpoint, as Stripe delivers it, and returns the endpoint's status code.
   */
  public int deliver(String type, String paymentIntentId, URI endpoint) {
    var payload = event(type, paymentIntentId);
    var request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Stripe-Signature", signature(payload))
            .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
            .build();
    try {
      return HttpClient.newHttpClient()
          .send(request, HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The {@code Stripe-Signature} header Stripe would send with this payload now. */
  public String signature(String payload) {
    return signature(payload, Instant.now());
  }

  /** The {@code Stripe-Signature} header of this payload signed at that moment. */
  public String signature(String payload, Instant signedAt) {
    var timestamp = signedAt.getEpochSecond();
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      var digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
