package org.meridianshop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.money.Money;

/**
 * The embedded default's payment provider, which behaves like Stripe's test mode: the test payment
 * method decides the outcome ({@code pm_card_visa} and other test cards succeed, {@code
 * pm_card_chargeDeclined} is declined, {@code pm_card_threeDSecure2Required} asks for 3-D Secure,
 * which the storefront's emulated challenge then passes or fails). Charges are kept in the database
 * by idempotency key, so a retried call gets the charge it made before. No money moves.
 */
@ApplicationScoped
@Typed(OfflineGateway.class)
@Transactional
public class OfflineGateway implements PaymentGateway {

  static final String PROVIDER = "offline";

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  private final Clock clock = Clock.systemUTC();

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public Charge charge(ChargeRequest request) {
    var earlier =
        em.createQuery("from OfflineCharge where idempotencyKey = :key", OfflineCharge.class)
            .setParameter("key", request.idempotencyKey())
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      return earlier.get().asCharge();
    }
    var id = "offline_pi_" + UUID.randomUUID().toString().replace("-", "");
    var charge =
        new OfflineCharge(id, request, outcomeFor(id, request.paymentMethod()), clock.instant());
    em.persist(charge);
    return charge.asCharge();
  }

  @Override
  public Charge charge(String transactionId) {
    return find(transactionId).asCharge();
  }

  @Override
  public Refund refund(String transactionId, Money amount, String idempotencyKey) {
    var charge = find(transactionId).asCharge();
    if (charge.outcome() != Outcome.SUCCEEDED) {
      return new Refund(null, false, "Charge " + transactionId + " was not paid.");
    }
    // the same refund for the same charge: as Stripe would with the same idempotency key
    return new Refund("offline_re_" + transactionId.substring("offline_pi_".length()), true, null);
  }

  @Override
  public void cancel(String transactionId) {
    find(transactionId).cancel();
  }

  /**
   * The emulated 3-D Secure challenge: the customer passes or fails it. Returns the charge as it
   * now stands; 404 unless the client secret is the charge's.
   */
  public Charge authenticate(String transactionId, String clientSecret, boolean passed) {
    var charge = em.find(OfflineCharge.class, transactionId);
    if (charge == null || !charge.isUnlockedBy(clientSecret)) {
      throw new NotFoundException("There is no charge waiting for that authentication.");
    }
    charge.authenticated(passed);
    return charge.asCharge();
  }

  private OfflineCharge find(String transactionId) {
    var charge = em.find(OfflineCharge.class, transactionId);
    if (charge == null) {
      throw new NotFoundException("There is no charge " + transactionId + ".");
    }
    return charge;
  }

  private static Charge outcomeFor(String id, String paymentMethod) {
    return switch (paymentMethod) {
      case "pm_card_chargeDeclined" -> Charge.failed(id, "Your card was declined.");
      case "pm_card_chargeDeclinedInsufficientFunds" ->
          Charge.failed(id, "Your card has insufficient funds.");
      case "pm_card_threeDSecure2Required", "pm_card_authenticationRequired" ->
          Charge.actionRequired(
              id, id + "_secret_" + UUID.randomUUID().toString().replace("-", ""));
      case "pm_card_visa", "pm_card_visa_debit", "pm_card_mastercard", "pm_card_amex" ->
          Charge.succeeded(id);
      default -> Charge.failed(id, "No such payment method: " + paymentMethod + ".");
    };
  }
}
