package org.meridianshop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.Outbox;

/** Records the events an order's steps announce, in the step's transaction. */
@ApplicationScoped
class OrderEvents {

  @Inject Outbox outbox;

  EventEnvelope confirmed(Order order) {
    return outbox.record(
        new OrderConfirmed(
            id(order),
            order.accountId().toString(),
            order.email(),
            order.total().amount(),
            order.currency().getCurrencyCode(),
            order.lines().stream().map(OrderLine::cartItemId).toList()));
  }

  EventEnvelope failed(Order order, String reason) {
    return outbox.record(
        new OrderFailed(
            id(order),
            order.accountId().toString(),
            order.email(),
            order.total().amount(),
            order.currency().getCurrencyCode(),
            order.paymentMethod(),
            reason));
  }

  EventEnvelope cancelled(Order order, String cancelledBy, String reason) {
    return outbox.record(
        new OrderCancelled(
            id(order),
            order.accountId().toString(),
            order.email(),
            order.total().amount(),
            order.currency().getCurrencyCode(),
            order.paymentMethod(),
            cancelledBy,
            reason));
  }

  EventEnvelope shipped(Order order) {
    return outbox.record(
        new OrderShipped(
            id(order),
            order.accountId().toString(),
            order.email(),
            order.carrier(),
            order.trackingNumber()));
  }

  EventEnvelope delivered(Order order) {
    return outbox.record(
        new OrderDelivered(id(order), order.accountId().toString(), order.email()));
  }

  private static String id(Order order) {
    return order.id().toString();
  }
}
