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
import org.meridianshop.testing.RunningShop;
import org.meridianshop.testing.StripeEmulator;

/**
 * Stripe answers with server errors, or too late, for a while: checkouts are still taken (charging
 * happens after the answer), and each order is charged at most once when Stripe is back, even when
 * Stripe had made a charge whose answer the shop never got.
 */
@ExtendWith(RunningShop.class)
class StripeOutageIT {

  private final StripeEmulator stripe = RunningShop.stripe().orElseThrow();

  @Test
  void ordersPlacedWhileStripeAnswersServerErrorsAreChargedOnceItRecovers() {
    var serverErrors =
        new InFrontOfStripe(
            aResponse()
                .withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody(
                    "{\"error\":{\"type\":\"api_error\",\"message\":\"An unknown error"
                        + " occurred while processing your request.\"}}"));

    var drill = FaultDrill.run("Stripe answering 500", 125, Duration.ofSeconds(6), serverErrors);

    drill.assertShopCoped();
    assertThat(drill.checkoutsAcceptedDuring()).as(drill.report()).isPositive();
    assertThat(serverErrors.answered()).as("Stripe calls answered 500").isPositive();
  }

  @Test
  void chargesWhoseAnswersCameTooLateAreNotMadeTwice() {
    // Stripe makes the charge but answers after the shop's 20 s read timeout has given up
    var lateAnswers = new InFrontOfStripe(stripe.accountAnswer().withFixedDelay(21_000));

    var drill =
        FaultDrill.run(
            "Stripe answering after the timeout", 126, Duration.ofSeconds(4), lateAnswers);

    drill.assertShopCoped();
    assertThat(lateAnswers.answered()).as("Stripe calls answered too late").isPositive();
  }

  /** A stub in front of the emulated account while the fault is on. */
  private final class InFrontOfStripe implements Fault {

    private final ResponseDefinitionBuilder answer;
    private StubMapping stub;

    InFrontOfStripe(ResponseDefinitionBuilder answer) {
      this.answer = answer;
    }

    @Override
    public void inject() {
      stub =
          stripe
              .wireMock()
              .stubFor(any(urlPathMatching("/v1/.*")).atPriority(1).willReturn(answer));
    }

    @Override
    public void remove() {
      stripe.wireMock().removeStub(stub);
    }

    /** How many of the shop's calls this stub answered. */
    long answered() {
      return stripe.wireMock().getAllServeEvents().stream()
          .filter(event -> event.getStubMapping() != null)
          .filter(event -> stub.getId().equals(event.getStubMapping().getId()))
          .count();
    }
  }
}
