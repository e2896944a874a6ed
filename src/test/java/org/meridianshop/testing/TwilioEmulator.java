package org.meridianshop.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;

/**
 * Twilio's REST API as WireMock plays it, for the production wiring: the shop texts through it, and
 * tests say how it answers and read what it was sent.
 */
public final class TwilioEmulator implements AutoCloseable {

  public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
  public static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

  private final WireMockServer server;

  private TwilioEmulator(WireMockServer server) {
    this.server = server;
  }

  static TwilioEmulator start() {
    var server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return new TwilioEmulator(server);
  }

  Map<String, String> environment() {
    return Map.of(
        "TWILIO_ACCOUNT_SID",
        ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN",
        "twilio-test-token",
        "TWILIO_FROM",
        "+15005550006",
        "TWILIO_API_BASE",
        server.baseUrl());
  }

  public WireMockServer server() {
    return server;
  }

  @Override
  public void close() {
    server.stop();
  }
}
