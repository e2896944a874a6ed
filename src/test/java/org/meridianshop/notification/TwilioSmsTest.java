package org.meridianshop.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text messages against Twilio's Messages API, emulated by WireMock. */
class TwilioSmsTest {

  private static final String MESSAGES = "/2010-04-01/Accounts/AC123/Messages.json";

  private final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort());
  private TwilioSms sms;

  @BeforeEach
  void start() {
    twilio.start();
    sms =
        new TwilioSms(
            new TwilioSms.Account(
                "AC123", "secret", "+15005550006", URI.create(twilio.baseUrl() + "/")),
            Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    twilio.stop();
  }

  @Test
  void aMessageIsPostedToTheAccountsMessagesWithItsCredentials() {
    twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)));

    sms.send("+44 20 7946 0000", "Your order shipped.");

    twilio.verify(
        postRequestedFor(urlEqualTo(MESSAGES))
            .withBasicAuth(new BasicCredentials("AC123", "secret"))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(containing("To=%2B442079460000"))
            .withRequestBody(containing("From=%2B15005550006"))
            .withRequestBody(containing("Body=Your+order+shipped.")));
  }

  @Test
  void aServerErrorIsAPassingFailure() {
    twilio.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> sms.send("+15005550001", "hi"))
        .isInstanceOfSatisfying(
            DeliveryFailedException.class,
            e -> {
              assertThat(e.permanent()).isFalse();
              assertThat(e.getMessage()).startsWith("Twilio answered 503");
            });
  }

  @Test
  void noAnswerInTimeIsAPassingFailure() {
    twilio.stubFor(
        post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201).withFixedDelay(4000)));

    assertThatThrownBy(() -> sms.send("+15005550001", "hi"))
        .isInstanceOfSatisfying(
            DeliveryFailedException.class, e -> assertThat(e.permanent()).isFalse());
  }

  @Test
  void aRefusalIsPermanentWithTwiliosReason() {
    twilio.stubFor(
        post(urlEqualTo(MESSAGES))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"code\": 21211, \"message\": \"The 'To' number is not a valid phone"
                            + " number.\"}")));

    assertThatThrownBy(() -> sms.send("12", "hi"))
        .isInstanceOfSatisfying(
            DeliveryFailedException.class,
            e -> {
              assertThat(e.permanent()).isTrue();
              assertThat(e.getMessage()).contains("400", "not a valid phone number");
            });
  }
}
