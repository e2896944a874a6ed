package org.meridianshop.payment.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridianshop.payment.GatewayUnavailableException;
import org.meridianshop.payment.PaymentGateway.Charge;
import org.meridianshop.payment.PaymentGateway.ChargeRequest;
import org.meridianshop.payment.PaymentGateway.Outcome;
import org.meridianshop.payment.stripe.StripeGateway.NetworkLimits;
import org.meridianshop.platform.money.Money;
import org.meridianshop.testing.StripeEmulator;

class StripeGatewayTest {

  /** Short enough that a stalled answer is given up quickly; retries as in production. */
  private static final NetworkLimits LIMITS =
      new NetworkLimits(Duration.ofSeconds(1), Duration.ofMillis(500), 2);

  private StripeEmulator stripe;
  private StripeGateway gateway;

  @BeforeEach
  void startStripe() {
    stripe = StripeEmulator.start();
    gateway = gatewayWithKey(StripeEmulator.SECRET_KEY);
  }

  @AfterEach
  void stopStripe() {
    stripe.close();
  }

  @Test
  void aWorkingCardIsChargedAtOnce() {
    var charge = gateway.charge(request("pm_card_visa", Money.of("129.99", "USD")));

    assertThat(charge.outcome()).isEqualTo(Outcome.SUCCEEDED);
    var intent = stripe.paymentIntent(charge.transactionId());
    assertThat(intent.get("status").getAsString()).isEqualTo("succeeded");
    assertThat(intent.get("amount_received").getAsLong()).isEqualTo(12999);
    assertThat(intent.get("currency").getAsString()).isEqualTo("usd");
    assertThat(intent.getAsJsonObject("metadata").get("order_id").getAsString())
        .isEqualTo("order-1");
    assertThat(intent.get("receipt_email").getAsString()).isEqualTo("ada@example.com");
  }

  @Test
  void aDeclinedCardFailsWithStripesReasonAndTheIntentsId() {
    var charge = gateway.charge(request("pm_card_chargeDeclined", Money.of("20.00", "USD")));

    assertThat(charge.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(charge.failureReason()).isEqualTo("Your card was declined. (generic_decline)");
    assertThat(charge.transactionId()).startsWith("pi_");
    assertThat(stripe.paymentIntent(charge.transactionId()).get("status").getAsString())
        .isEqualTo("requires_payment_method");
  }

  @Test
  void aCardWithoutFundsSaysSo() {
    var charge =
        gateway.charge(
            request("pm_card_chargeDeclinedInsufficientFunds", Money.of("20.00", "USD")));

    assertThat(charge.failureReason())
        .isEqualTo("Your card has insufficient funds. (insufficient_funds)");
  }

  @Test
  void aCardThatNeeds3dSecureWaitsForTheCustomerThenSucceeds() {
    var charge = gateway.charge(request("pm_card_threeDSecure2Required", Money.of("45.00", "EUR")));

    assertThat(charge.outcome()).isEqualTo(Outcome.REQUIRES_ACTION);
    assertThat(charge.clientSecret()).startsWith(charge.transactionId() + "_secret_");

    stripe.completeAuthentication(charge.transactionId());

    assertThat(gateway.charge(charge.transactionId()))
        .isEqualTo(Charge.succeeded(charge.transactionId()));
  }

  @Test
  void aFailed3dSecureChallengeReadsAsAFailedCharge() {
    var charge = gateway.charge(request("pm_card_threeDSecure2Required", Money.of("45.00", "EUR")));
    stripe.failAuthentication(charge.transactionId());

    var now = gateway.charge(charge.transactionId());

    assertThat(now.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(now.failureReason()).contains("payment_intent_authentication_failure");
  }

  @Test
  void amountsGoToStripeInTheCurrencysSmallestUnit() {
    gateway.charge(request("pm_card_visa", Money.of("12.34", "USD")));
    gateway.charge(request("pm_card_visa", Money.of("1500", "JPY")));

    assertThat(paymentIntentRequests())
        .extracting(LoggedRequest::getBodyAsString)
        .anySatisfy(body -> assertThat(body).contains("amount=1234&").contains("currency=usd"))
        .anySatisfy(body -> assertThat(body).contains("amount=1500&").contains("currency=jpy"));
  }

  @Test
  void theSameIdempotencyKeyNeverChargesTwice() {
    var request = request("pm_card_visa", Money.of("10.00", "USD"));

    var first = gateway.charge(request);
    var again = gateway.charge(request);

    assertThat(again.transactionId()).isEqualTo(first.transactionId());
    assertThat(paymentIntentRequests())
        .extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly(request.idempotencyKey());
  }

  @Test
  void aServerErrorIsRetriedWithTheSameIdempotencyKey() {
    stripe.wireMock().stubFor(once(createPaymentIntent(), serverError()));

    var request = request("pm_card_visa", Money.of("10.00", "USD"));

    var charge = gateway.charge(request);

    assertSucceededOnTheSecondAttemptWithOneKey(charge, request);
  }

  @Test
  void anAnswerThatTakesTooLongIsRetriedWithTheSameIdempotencyKey() {
    stripe
        .wireMock()
        .stubFor(once(createPaymentIntent(), serverError().withFixedDelay(1_500).withStatus(200)));

    var request = request("pm_card_visa", Money.of("10.00", "USD"));

    var charge = gateway.charge(request);

    assertSucceededOnTheSecondAttemptWithOneKey(charge, request);
  }

  private void assertSucceededOnTheSecondAttemptWithOneKey(Charge charge, ChargeRequest request) {
    assertThat(charge.outcome()).isEqualTo(Outcome.SUCCEEDED);
    var attempts = paymentIntentRequests();
    assertThat(attempts).hasSize(2);
    assertThat(attempts)
        .extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly(request.idempotencyKey());
  }

  @Test
  void stripeStillFailingAfterTheRetriesIsUnavailable() {
    stripe.wireMock().stubFor(createPaymentIntent().atPriority(1).willReturn(serverError()));

    assertThatThrownBy(() -> gateway.charge(request("pm_card_visa", Money.of("10.00", "USD"))))
        .isInstanceOf(GatewayUnavailableException.class);
    assertThat(paymentIntentRequests()).hasSize(3);
  }

  @Test
  void beingRateLimitedIsUnavailable() {
    stripe
        .wireMock()
        .stubFor(
            createPaymentIntent()
                .atPriority(1)
                .willReturn(
                    stripeError(
                        429, "rate_limit_error", "Too many requests hit the API too quickly.")));

    assertThatThrownBy(() -> gateway.charge(request("pm_card_visa", Money.of("10.00", "USD"))))
        .isInstanceOf(GatewayUnavailableException.class);
  }

  @Test
  void anUnreachableStripeIsUnavailable() {
    var apiBase = stripe.apiBase();
    stripe.close();
    var unreachable =
        new StripeGateway(
            new StripeSettings(StripeEmulator.SECRET_KEY, null, null, URI.create(apiBase)), LIMITS);

    assertThatThrownBy(() -> unreachable.charge(request("pm_card_visa", Money.of("1", "USD"))))
        .isInstanceOf(GatewayUnavailableException.class);
  }

  @Test
  void aWrongSecretKeyIsAConfigurationBug() {
    var misconfigured = gatewayWithKey("sk_test_someoneElses");

    assertThatThrownBy(
            () -> misconfigured.charge(request("pm_card_visa", Money.of("10.00", "USD"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AuthenticationException")
        .hasMessageNotContaining("sk_test_someoneElses");
  }

  @Test
  void aChargeIsRefundedInFullUnderTheRefundsOwnKey() {
    var charge = gateway.charge(request("pm_card_visa", Money.of("1500", "JPY")));

    var refund = gateway.refund(charge.transactionId(), Money.of("1500", "JPY"), "refund-1");

    assertThat(refund.succeeded()).isTrue();
    assertThat(refund.refundId()).startsWith("re_");
    var sent = stripe.wireMock().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")));
    assertThat(sent)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getHeader("Idempotency-Key")).isEqualTo("refund-1");
              assertThat(r.getBodyAsString())
                  .contains("payment_intent=" + charge.transactionId())
                  .contains("amount=1500");
            });
  }

  @Test
  void aChargeWaitingForTheCustomerCanBeCancelled() {
    var charge = gateway.charge(request("pm_card_threeDSecure2Required", Money.of("45.00", "EUR")));

    gateway.cancel(charge.transactionId());

    var now = gateway.charge(charge.transactionId());
    assertThat(now.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(now.failureReason()).startsWith("The payment was cancelled");
  }

  @Test
  void cancellingAChargeThatAlreadySucceededLeavesItPaid() {
    var charge = gateway.charge(request("pm_card_visa", Money.of("10.00", "USD")));

    gateway.cancel(charge.transactionId());

    assertThat(gateway.charge(charge.transactionId()).outcome()).isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void readingAnUnknownChargeIsAConfigurationBug() {
    assertThatThrownBy(() -> gateway.charge("pi_unknown"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No such payment_intent");
  }

  private StripeGateway gatewayWithKey(String secretKey) {
    return new StripeGateway(
        new StripeSettings(secretKey, null, null, URI.create(stripe.apiBase())), LIMITS);
  }

  /** A charge for order-1 under a fresh idempotency key, as each new payment has. */
  private static ChargeRequest request(String paymentMethod, Money amount) {
    return new ChargeRequest(
        "order-1", amount, paymentMethod, "ada@example.com", UUID.randomUUID().toString());
  }

  private List<LoggedRequest> paymentIntentRequests() {
    return stripe.wireMock().findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents")));
  }

  private static MappingBuilder createPaymentIntent() {
    return post(urlPathEqualTo("/v1/payment_intents"));
  }

  /** The stub answers the first request only; later ones reach the emulated account. */
  private static MappingBuilder once(MappingBuilder stub, ResponseDefinitionBuilder response) {
    return stub.atPriority(1)
        .inScenario("once")
        .whenScenarioStateIs(STARTED)
        .willSetStateTo("answered")
        .willReturn(response);
  }

  private static ResponseDefinitionBuilder serverError() {
    return stripeError(500, "api_error", "An unknown error occurred");
  }

  private static ResponseDefinitionBuilder stripeError(int status, String type, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\": {\"type\": \"%s\", \"message\": \"%s\"}}".formatted(type, message));
  }
}
