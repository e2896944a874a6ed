package org.meridianshop.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Who placed each order. Payment events name only the order, so the notification capability keeps
 * its own copy of the orderer from {@code order.created} rather than asking the order capability.
 */
@ApplicationScoped
public class OrderRecipients {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  void remember(String orderId, Recipient recipient) {
    if (em.find(OrderRecipient.class, orderId) == null) {
      em.persist(
          new OrderRecipient(orderId, recipient.accountId(), recipient.email(), Instant.now()));
    }
  }

  /**
   * The orderer; an order not seen yet throws, so the event is retried once {@code order.created}
   * (on another topic, maybe behind) has been handled.
   */
  Recipient of(String orderId) {
    return Optional.ofNullable(em.find(OrderRecipient.class, orderId))
        .map(OrderRecipient::recipient)
        .orElseThrow(
            () -> new IllegalStateException("Order " + orderId + " is not known here yet"));
  }
}
