package org.meridianshop.payment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.meridianshop.payment.PaymentGateway.Charge;
import org.meridianshop.payment.PaymentGateway.Outcome;

/** A charge made through the offline test gateway, as Stripe would keep a PaymentIntent. */
@Entity
@Table(name = "offline_charge")
public class OfflineCharge {

  @Id private String id;
  private String idempotencyKey;
  private String orderId;
  private BigDecimal amount;
  private String currency;
  private String paymentMethod;

  @Enumerated(EnumType.STRING)
  private Outcome status;

  private String failureReason;
  private String clientSecret;
  private Instant createdAt;

  protected OfflineCharge() {}

  OfflineCharge(String id, PaymentGateway.ChargeRequest request, Charge outcome, Instant now) {
    this.id = id;
    this.idempotencyKey = request.idempotencyKey();
    this.orderId = request.orderId();
    this.amount = request.amount().amount();
    this.currency = request.amount().currency().getCurrencyCode();
    this.paymentMethod = request.paymentMethod();
    this.status = outcome.outcome();
    this.failureReason = outcome.failureReason();
    this.clientSecret = outcome.clientSecret();
    this.createdAt = now;
  }

  /** The customer passed (or failed) the 3-D Secure step. 409-free: a settled charge stays. */
  void authenticated(boolean passed) {
    if (status == Outcome.REQUIRES_ACTION) {
      status = passed ? Outcome.SUCCEEDED : Outcome.FAILED;
      failureReason = passed ? null : "The customer did not complete 3-D Secure authentication.";
      clientSecret = null;
    }
  }

  void cancel() {
    if (status == Outcome.REQUIRES_ACTION || status == Outcome.PROCESSING) {
      status = Outcome.FAILED;
      failureReason = "cancelled";
      clientSecret = null;
    }
  }

  boolean isUnlockedBy(String secret) {
    return clientSecret != null && clientSecret.equals(secret);
  }

  Charge asCharge() {
    return new Charge(id, status, failureReason, clientSecret);
  }

  String id() {
    return id;
  }
}
