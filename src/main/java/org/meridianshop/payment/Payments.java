package org.meridianshop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.payment.PaymentGateway.Charge;
import org.meridianshop.payment.PaymentGateway.ChargeRequest;
import org.meridianshop.payment.PaymentGateway.Outcome;
import org.meridianshop.platform.events.Outbox;
import org.meridianshop.platform.money.Money;

/**
 * Pays for orders. A payment row per order is locked while its charge is made or settled, so the
 * answer to our own call, a provider's notice (webhook) and the order ending can come in any order
 * and at once: the first final outcome counts, once. A charge that succeeds after its order ended
 * (failed or cancelled) is refunded straight away.
 */
@ApplicationScoped
@Transactional
public class Payments implements ChargeNotices {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject PaymentGateway gateway;
  @Inject Outbox outbox;

  private final Clock clock = Clock.systemUTC();

  /** Opens the order's payment (pending) and charges it, unless that happened already. */
  public void charge(OrderToPay order) {
    var orderId = UUID.fromString(order.orderId());
    var payment =
        locked(orderId)
            .orElseGet(
                () ->
                    opened(
                        orderId,
                        new Money(order.amount(), Currency.getInstance(order.currency())),
                        order.paymentMethod()));
    if (payment.isOrderClosed() || payment.status() != PaymentStatus.PENDING) {
      return;
    }
    var charge =
        gateway.charge(
            new ChargeRequest(
                order.orderId(),
                payment.amount(),
                payment.paymentMethod(),
                order.email(),
                payment.chargeKey()));
    audit(payment, "charge", describe(charge), null);
    apply(payment, charge);
  }

  /**
   * Asks the provider where the order's charge stands now (after the customer completed 3-D Secure)
   * and settles the payment by it.
   */
  public Optional<PaymentStatus> refresh(UUID orderId) {
    var payment = locked(orderId);
    payment
        .filter(p -> p.status().isOpen() && p.transactionId() != null)
        .ifPresent(
            p -> {
              var charge = gateway.charge(p.transactionId());
              audit(p, "refresh", describe(charge), null);
              apply(p, charge);
            });
    return payment.map(Payment::status);
  }

  @Override
  public void received(String noticeId, Charge charge) {
    if (charge.transactionId() == null) {
      return;
    }
    var payment =
        em.createQuery("from Payment where transactionId = :id", Payment.class)
            .setParameter("id", charge.transactionId())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    // an unknown charge is ours only once our own call's answer is stored; that answer settles it
    if (payment.isEmpty() || alreadyReceived(noticeId)) {
      return;
    }
    audit(payment.get(), "notice", describe(charge), noticeId);
    apply(payment.get(), charge);
  }

  /** The order failed or was cancelled: stop its charge, or pay it back. */
  public void orderEnded(OrderEnded order) {
    var orderId = UUID.fromString(order.orderId());
    var now = clock.instant();
    var payment =
        locked(orderId)
            .orElseGet(
                () ->
                    opened(
                        orderId,
                        new Money(order.amount(), Currency.getInstance(order.currency())),
                        order.paymentMethod()));
    payment.orderClosed(now);
    if (payment.status().isOpen() && payment.transactionId() != null) {
      // it may have gone through meanwhile: then it is paid back below rather than cancelled
      var charge = gateway.charge(payment.transactionId());
      audit(payment, "refresh", describe(charge), null);
      payment.settle(charge, now);
    }
    if (payment.status().isOpen()) {
      if (payment.transactionId() != null) {
        gateway.cancel(payment.transactionId());
      }
      payment.cancelled(now);
      audit(payment, "cancelled", order.reason(), null);
    } else if (payment.status() == PaymentStatus.SUCCEEDED) {
      refund(payment, order.reason());
    }
  }

  public Optional<Payment> ofOrder(UUID orderId) {
    return em.createQuery("from Payment where orderId = :order", Payment.class)
        .setParameter("order", orderId)
        .getResultStream()
        .findFirst();
  }

  public List<PaymentAuditEntry> auditTrail(UUID paymentId) {
    return em.createQuery(
            "from PaymentAuditEntry where paymentId = :payment order by id",
            PaymentAuditEntry.class)
        .setParameter("payment", paymentId)
        .getResultList();
  }

  private void apply(Payment payment, Charge charge) {
    if (!payment.settle(charge, clock.instant())) {
      return;
    }
    if (payment.status() == PaymentStatus.FAILED) {
      outbox.record(
          new PaymentFailed(
              payment.id().toString(), payment.orderId().toString(), payment.failureReason()));
    } else if (payment.isOrderClosed()) {
      refund(payment, "the order had ended before the payment went through");
    } else {
      outbox.record(
          new PaymentSucceeded(
              payment.id().toString(),
              payment.orderId().toString(),
              payment.amount().amount(),
              payment.amount().currency().getCurrencyCode(),
              payment.provider(),
              payment.transactionId()));
    }
  }

  private void refund(Payment payment, String reason) {
    var refund = gateway.refund(payment.transactionId(), payment.amount(), payment.refundKey());
    audit(
        payment,
        "refund",
        refund.succeeded() ? "refund " + refund.refundId() : "refused: " + refund.failureReason(),
        null);
    if (!refund.succeeded()) {
      // thrown so the event is tried again, and parked for an operator if it keeps failing
      throw new IllegalStateException(
          "Refund of payment " + payment.id() + " refused: " + refund.failureReason());
    }
    payment.refunded(refund.refundId(), clock.instant());
    outbox.record(
        new PaymentRefunded(
            payment.id().toString(),
            payment.orderId().toString(),
            payment.amount().amount(),
            payment.amount().currency().getCurrencyCode(),
            refund.refundId(),
            reason));
  }

  private Payment opened(UUID orderId, Money amount, String paymentMethod) {
    var payment = new Payment(orderId, gateway.provider(), amount, paymentMethod, clock.instant());
    em.persist(payment);
    em.flush();
    audit(payment, "opened", amount.amountText() + " " + amount.currency(), null);
    return payment;
  }

  private Optional<Payment> locked(UUID orderId) {
    return em.createQuery("from Payment where orderId = :order", Payment.class)
        .setParameter("order", orderId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private boolean alreadyReceived(String noticeId) {
    return !em.createQuery("select 1 from PaymentAuditEntry where noticeId = :id", Integer.class)
        .setParameter("id", noticeId)
        .getResultList()
        .isEmpty();
  }

  private void audit(Payment payment, String action, String detail, String noticeId) {
    em.persist(new PaymentAuditEntry(payment.id(), clock.instant(), action, detail, noticeId));
  }

  private static String describe(Charge charge) {
    var text = charge.outcome().name().toLowerCase() + " " + charge.transactionId();
    return charge.outcome() == Outcome.FAILED ? text + ": " + charge.failureReason() : text;
  }
}
