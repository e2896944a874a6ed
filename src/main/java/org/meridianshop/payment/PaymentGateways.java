package org.meridianshop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.meridianshop.payment.stripe.StripeGateway;
import org.meridianshop.payment.stripe.StripeSettings;

/**
 * Chooses the payment provider: Stripe when it is configured, the offline test gateway otherwise.
 */
@ApplicationScoped
public class PaymentGateways {

  private static final Logger LOG = Logger.getLogger(PaymentGateways.class.getName());

  @Inject OfflineGateway offline;

  @Produces
  @ApplicationScoped
  PaymentGateway gateway() {
    var stripe = StripeSettings.fromEnvironment();
    if (stripe.isPresent()) {
      // the settings' text leaves the secrets out
      LOG.info("Payments go to Stripe: " + stripe.get());
      return new StripeGateway(stripe.get());
    }
    LOG.info("Payments go to the offline test gateway (no STRIPE_SECRET_KEY): no money moves.");
    return offline;
  }
}
