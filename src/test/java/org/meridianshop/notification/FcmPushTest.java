package org.meridianshop.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridianshop.notification.PushSender.PushMessage;
import org.meridianshop.testing.FcmEmulator;

/**
 * Push notifications against FCM's HTTP v1 API and Google's token endpoint, emulated by WireMock.
 */
class FcmPushTest {

  private static final String SEND = "/v1/projects/shop-1/messages:send";
  private static final PushMessage SHIPPED =
      new PushMessage("Your order 42 is on its way", "Shipped with UPS.", Map.of("orderId", "42"));

  private final WireMockServer google = new WireMockServer(wireMockConfig().dynamicPort());
  private final KeyPair keys = FcmEmulator.newKeyPair();
  private FcmPush push;

  @BeforeEach
  void start() {
    google.start();
    google.stubFor(
        post(urlEqualTo("/token"))
            .willReturn(
                okJson(
                    "{\"access_token\": \"ya29.abc\", \"expires_in\": 3599, \"token_type\": \"Bearer\"}")));
    var account =
        GoogleServiceAccount.read(
            FcmEmulator.serviceAccountJson(keys, google.baseUrl() + "/token"));
    push =
        new FcmPush(
            new FcmPush.Project("shop-1", account, URI.create(google.baseUrl())),
            Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    google.stop();
  }

  @Test
  void aPushGoesToTheDeviceWithAnAccessTokenForASignedAssertion() throws Exception {
    google.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"name\": \"m/1\"}")));

    push.send("device-1", SHIPPED);

    google.verify(
        postRequestedFor(urlEqualTo(SEND))
            .withHeader("Authorization", equalTo("Bearer ya29.abc"))
            .withRequestBody(
                equalToJson(
                    "{\"message\": {\"token\": \"device-1\", \"notification\": {\"title\":"
                        + " \"Your order 42 is on its way\", \"body\": \"Shipped with UPS.\"},"
                        + " \"data\": {\"orderId\": \"42\"}}}")));
    var form = google.findAll(postRequestedFor(urlEqualTo("/token"))).get(0).getBodyAsString();
    assertThat(form).startsWith("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer");
    var jwt =
        URLDecoder.decode(form.substring(form.indexOf("assertion=") + 10), StandardCharsets.UTF_8);
    var parts = jwt.split("\\.");
    var verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(keys.getPublic());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    var claims = json(parts[1]);
    assertThat(claims.getString("iss")).isEqualTo(FcmEmulator.CLIENT_EMAIL);
    assertThat(claims.getString("scope"))
        .isEqualTo("https://www.googleapis.com/auth/firebase.messaging");
    assertThat(claims.getString("aud")).isEqualTo(google.baseUrl() + "/token");
    assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue())
        .isEqualTo(3600);
    assertThat(json(parts[0]).getString("alg")).isEqualTo("RS256");
  }

  @Test
  void theAccessTokenServesLaterPushesUntilItNearlyExpires() {
    google.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"name\": \"m/1\"}")));

    push.send("device-1", SHIPPED);
    push.send("device-2", SHIPPED);

    google.verify(1, postRequestedFor(urlEqualTo("/token")));
    google.verify(2, postRequestedFor(urlEqualTo(SEND)));
  }

  @Test
  void aServerErrorOrThrottlingIsAPassingFailure() {
    for (var status : new int[] {503, 429}) {
      google.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(status)));

      assertThatThrownBy(() -> push.send("device-1", SHIPPED))
          .isInstanceOfSatisfying(
              DeliveryFailedException.class,
              e -> {
                assertThat(e.permanent()).isFalse();
                assertThat(e.getMessage()).startsWith("FCM answered " + status);
              });
    }
  }

  @Test
  void aMessageFcmRefusesFailsForGoodWithFcmsReason() {
    google.stubFor(
        post(urlEqualTo(SEND))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        error(400, "INVALID_ARGUMENT", "The registration token is not valid"))));

    assertThatThrownBy(() -> push.send("device-1", SHIPPED))
        .isInstanceOfSatisfying(
            DeliveryFailedException.class,
            e -> {
              assertThat(e).isNotInstanceOf(DeviceGoneException.class);
              assertThat(e.permanent()).isTrue();
              assertThat(e.getMessage())
                  .contains("FCM answered 400", "registration token is not valid");
            });
  }

  @Test
  void aDeviceFcmNoLongerKnowsIsGone() {
    google.stubFor(
        post(urlEqualTo(SEND))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(error(404, "UNREGISTERED", "Requested entity was not found."))));

    assertThatThrownBy(() -> push.send("device-1", SHIPPED))
        .isInstanceOfSatisfying(DeviceGoneException.class, e -> assertThat(e.permanent()).isTrue());
  }

  @Test
  void aRefusedAssertionFailsForGoodWithGooglesReason() {
    google.stubFor(
        post(urlEqualTo("/token"))
            .willReturn(aResponse().withStatus(400).withBody("{\"error\": \"invalid_grant\"}")));

    assertThatThrownBy(() -> push.send("device-1", SHIPPED))
        .isInstanceOfSatisfying(
            DeliveryFailedException.class,
            e -> {
              assertThat(e.permanent()).isTrue();
              assertThat(e.getMessage()).contains("token endpoint answered 400", "invalid_grant");
            });
    google.verify(0, postRequestedFor(urlEqualTo(SEND)));
  }

  static String error(int code, String errorCode, String message) {
    return "{\"error\": {\"code\": "
        + code
        + ", \"message\": \""
        + message
        + "\", \"status\": \"NOT_FOUND\", \"details\": [{\"@type\":"
        + " \"type.googleapis.com/google.firebase.fcm.v1.FcmError\", \"errorCode\": \""
        + errorCode
        + "\"}]}}";
  }

  private static jakarta.json.JsonObject json(String base64Url) {
    var text = new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
