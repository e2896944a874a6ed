package org.meridianshop.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridianshop.faults.FaultDrill.Fault;
import org.meridianshop.orders.Stock;
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.StripeEmulator;

/**
 * Stripe answers with server errors, or too late, for a while: checkouts are still taken (charging
 * happens after the answer), each order is charged once when Stripe is back, even when Stripe had
 * made a charge whose answer the shop never got.
 */
@ExtendWith(RunningShop.class)
class StripeOutageIT {

  private final StripeEmulator stripe = RunningShop.stripe().orElseThrow();

  @Test
  void ordersPlacedWhileStripeAnswersServerErrorsAreChargedOnceItRecovers() {
    var stock = Stock.of(125, 2000);
    var invariants = ShopInvariants.before(stock);

    var drill =
        FaultDrill.run(
            "Stripe answering 500",
            stock,
            Duration.ofSeconds(6),
            inFrontOfStripe(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"type\":\"api_error\",\"message\":\"An unknown error"
                            + " occurred while processing your request.\"}}")));

    drill.assertAnsweredClearly();
    assertThat(drill.during().to("checkout").count(a -> a.status() == 202))
        .as(drill.report())
        .isPositive();
    drill.assertRecoveredInTime();
    invariants.assertHold(drill.shoppers());
  }

  @Test
  void chargesWhoseAnswersCameTooLateAreNotMadeTwice() {
    var stock = Stock.of(126, 2000);
    var invariants = ShopInvariants.before(stock);

    // Stripe makes the charge but answers after the shop's 20 s read timeout has given up
    var drill =
        FaultDrill.run(
            "Stripe answering after the timeout",
            stock,
            Duration.ofSeconds(4),
            inFrontOfStripe(stripe.accountAnswer().withFixedDelay(21_000)));

    drill.assertAnsweredClearly();
    drill.assertRecoveredInTime();
    invariants.assertHold(drill.shoppers());
  }

  private Fault inFrontOfStripe(ResponseDefinitionBuilder answer) {
    var stub = new StubMapping[1];
    return Fault.of(
        () ->
            stub[0] =
                stripe
                    .wireMock()
                    .stubFor(any(urlPathMatching("/v1/.*")).atPriority(1).willReturn(answer)),
        () -> stripe.wireMock().removeStub(stub[0]));
  }
}
