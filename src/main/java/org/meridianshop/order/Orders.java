package org.meridianshop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.inventory.InventoryReservations;
import org.meridianshop.payment.Payments;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * Orders as customers and admins see and change them. A customer reaches only their own orders:
 * anyone else's is a 404, as if it did not exist. Cancelling gives the stock back at once (released
 * if still reserved, returned if sold) and leaves the refund to payments ({@code order.cancelled}).
 */
@ApplicationScoped
@Transactional
public class Orders {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject Payments payments;
  @Inject InventoryReservations reservations;
  @Inject OrderEvents events;

  private final Clock clock = Clock.systemUTC();

  /** Which orders to list; the caller's own, or (for admins) anyone's. */
  public record Filter(String accountId, String status, String email, int page, int size) {}

  /** A page of orders, newest first. */
  public Page<OrderSummary> list(Filter filter) {
    if (filter.page() < 1 || filter.size() < 1 || filter.size() > Page.MAX_SIZE) {
      throw new InvalidInputException("size", "Pages start at 1 and hold 1 to 100 orders.");
    }
    var where = new ArrayList<String>();
    if (filter.accountId() != null) {
      where.add("o.accountId = :account");
    }
    var status = status(filter.status());
    status.ifPresent(s -> where.add("o.status = :status"));
    var email = Optional.ofNullable(filter.email()).filter(e -> !e.isBlank());
    email.ifPresent(e -> where.add("lower(o.email) like :email"));
    var condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    var items =
        em.createQuery(
            "select o from Order o" + condition + " order by o.placedAt desc", Order.class);
    var count = em.createQuery("select count(o) from Order o" + condition, Long.class);
    for (var query : List.of(items, count)) {
      if (filter.accountId() != null) {
        query.setParameter("account", UUID.fromString(filter.accountId()));
      }
      status.ifPresent(s -> query.setParameter("status", s));
      email.ifPresent(
          e -> query.setParameter("email", "%" + e.strip().toLowerCase(Locale.ROOT) + "%"));
    }
    var orders =
        items
            .setFirstResult((filter.page() - 1) * filter.size())
            .setMaxResults(filter.size())
            .getResultList()
            .stream()
            .map(OrderSummary::of)
            .toList();
    return new Page<>(orders, filter.page(), filter.size(), count.getSingleResult());
  }

  /** The order, if it is the account's (or the caller is an admin: {@code accountId} null). */
  public OrderView view(String accountId, String orderId) {
    var order = visible(accountId, orderId, LockModeType.NONE);
    return OrderView.of(
        order, payments.ofOrder(order.id()).map(OrderView.PaymentState::of).orElse(null));
  }

  /** Cancels a pending or confirmed order; 409 once it has shipped (or already ended). */
  public OrderView cancel(String accountId, String orderId, String cancelledBy, String reason) {
    var order = visible(accountId, orderId, LockModeType.PESSIMISTIC_WRITE);
    var why = reason == null || reason.isBlank() ? "cancelled by the customer" : reason.strip();
    var change = order.cancel(why, clock.instant());
    reservations.giveBack(order.reservationId(), "order cancelled", cancelledBy);
    change.announcedBy(events.cancelled(order, cancelledBy, why).eventId());
    return view(accountId, orderId);
  }

  public OrderView ship(String orderId, String carrier, String trackingNumber) {
    var order = visible(null, orderId, LockModeType.PESSIMISTIC_WRITE);
    var change = order.ship(carrier, trackingNumber, clock.instant());
    change.announcedBy(events.shipped(order).eventId());
    return view(null, orderId);
  }

  public OrderView deliver(String orderId) {
    var order = visible(null, orderId, LockModeType.PESSIMISTIC_WRITE);
    var change = order.deliver(clock.instant());
    change.announcedBy(events.delivered(order).eventId());
    return view(null, orderId);
  }

  /**
   * Asks the payment provider about the order's charge again (after the customer completed 3-D
   * Secure), and returns the order as it stands.
   */
  public OrderView refreshPayment(String accountId, String orderId) {
    var order = visible(accountId, orderId, LockModeType.NONE);
    payments.refresh(order.id());
    return view(accountId, orderId);
  }

  private Order visible(String accountId, String orderId, LockModeType lock) {
    UUID id;
    try {
      id = UUID.fromString(orderId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw missing(orderId);
    }
    var order = em.find(Order.class, id, lock);
    if (order == null || (accountId != null && !order.accountId().toString().equals(accountId))) {
      throw missing(orderId);
    }
    return order;
  }

  private static NotFoundException missing(String orderId) {
    return new NotFoundException("There is no order " + orderId + ".");
  }

  private static Optional<OrderStatus> status(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OrderStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "must be pending, confirmed, failed, cancelled, shipped or delivered");
    }
  }
}
