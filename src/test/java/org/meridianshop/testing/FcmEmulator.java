package org.meridianshop.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Firebase Cloud Messaging's HTTP v1 API and Google's token endpoint as WireMock plays them, for
 * the production wiring: the shop pushes through it as a service account whose key is made for this
 * run (no key lives in the repository), and tests say how FCM answers and read what it was sent.
 * Every device is reachable until a test says otherwise.
 */
public final class FcmEmulator implements AutoCloseable {

  public static final String PROJECT = "meridian-test";
  public static final String SEND = "/v1/projects/" + PROJECT + "/messages:send";
  public static final String TOKEN = "/token";
  public static final String ACCESS_TOKEN = "ya29.fcm-test-access-token";
  public static final String CLIENT_EMAIL = "shop-push@meridian-test.iam.gserviceaccount.com";

  private final WireMockServer server;
  private final Path credentials;

  private FcmEmulator(WireMockServer server, Path credentials) {
    this.server = server;
    this.credentials = credentials;
  }

  static FcmEmulator start() {
    var server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try {
      var credentials = Files.createTempFile("fcm-service-account", ".json");
      Files.writeString(credentials, serviceAccountJson(newKeyPair(), server.baseUrl() + TOKEN));
      var emulator = new FcmEmulator(server, credentials);
      emulator.answerTokenRequests();
      return emulator;
    } catch (IOException | RuntimeException e) {
      server.stop();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  private void answerTokenRequests() {
    server.stubFor(
        post(urlEqualTo(TOKEN))
            .willReturn(
                okJson(
                    "{\"access_token\": \""
                        + ACCESS_TOKEN
                        + "\", \"expires_in\": 3599, \"token_type\": \"Bearer\"}")));
    server.stubFor(
        post(urlEqualTo(SEND))
            .atPriority(10)
            .willReturn(okJson("{\"name\": \"projects/" + PROJECT + "/messages/0:1\"}")));
  }

  Map<String, String> environment() {
    return Map.of(
        "FCM_PROJECT_ID",
        PROJECT,
        "FCM_CREDENTIALS",
        credentials.toString(),
        "FCM_API_URL",
        server.baseUrl());
  }

  /** A new 2048-bit RSA key pair, as Google makes one per service account key. */
  public static KeyPair newKeyPair() {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A service account's JSON key file as Google writes it, with the key and token URI given. */
  public static String serviceAccountJson(KeyPair keys, String tokenUri) {
    var pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(keys.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    return Json.createObjectBuilder()
        .add("type", "service_account")
        .add("project_id", PROJECT)
        .add("private_key_id", "0123456789abcdef")
        .add("private_key", pem)
        .add("client_email", CLIENT_EMAIL)
        .add("client_id", "100000000000000000001")
        .add("token_uri", tokenUri)
        .build()
        .toString();
  }

  /** Answers every push to the device with the status and body given. */
  public void answer(String deviceToken, int status, String body) {
    server.stubFor(
        post(urlEqualTo(SEND))
            .withRequestBody(toDevice(deviceToken))
            .willReturn(aResponse().withStatus(status).withBody(body)));
  }

  /** Fails the first push to the device with the status given, then takes the next ones. */
  public void failOnce(String deviceToken, int status) {
    var scenario = "fails-once-" + deviceToken;
    server.stubFor(
        post(urlEqualTo(SEND))
            .withRequestBody(toDevice(deviceToken))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(status))
            .willSetStateTo("recovered"));
    server.stubFor(
        post(urlEqualTo(SEND))
            .withRequestBody(toDevice(deviceToken))
            .inScenario(scenario)
            .whenScenarioStateIs("recovered")
            .willReturn(okJson("{\"name\": \"projects/" + PROJECT + "/messages/0:2\"}")));
  }

  /** Pushes to the device, for {@code postRequestedFor(urlEqualTo(SEND)).withRequestBody(...)}. */
  public static StringValuePattern toDevice(String deviceToken) {
    return matchingJsonPath("$.message.token", equalTo(deviceToken));
  }

  public WireMockServer server() {
    return server;
  }

  @Override
  public void close() {
    server.stop();
    try {
      Files.deleteIfExists(credentials);
    } catch (IOException e) {
      // a temporary file under target/ that the next clean removes
    }
  }
}
