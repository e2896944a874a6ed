package org.meridianshop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.cart.CartView;
import org.meridianshop.cart.Carts;
import org.meridianshop.customer.Accounts;
import org.meridianshop.inventory.InsufficientStockException;
import org.meridianshop.inventory.InventoryReservations;
import org.meridianshop.platform.errors.BusinessRuleException;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.ServiceBusyException;
import org.meridianshop.platform.events.Outbox;
import org.meridianshop.platform.money.Money;
import org.meridianshop.platform.persistence.Transactions;
import org.meridianshop.pricing.PriceConverter;

/**
 * Turns a customer's cart into a pending order. In one transaction it prices the cart at today's
 * prices, reserves the stock, stores the order and records {@code order.created}; the payment
 * follows from that event. A request with an Idempotency-Key the customer used before gets the
 * order that key placed, also when the two requests race.
 */
@ApplicationScoped
public class Checkout {

  private static final Duration RACE_PATIENCE = Duration.ofSeconds(15);

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject Carts carts;
  @Inject Accounts accounts;
  @Inject InventoryReservations reservations;
  @Inject PriceConverter prices;
  @Inject Outbox outbox;
  @Inject Transactions transactions;

  private final Clock clock = Clock.systemUTC();

  /** The order placed: its id and status. */
  public record Placed(UUID orderId, OrderStatus status) {}

  public Placed place(
      String accountId, String idempotencyKey, CheckoutRequest request, Currency currency) {
    var valid = request.validated();
    var account = UUID.fromString(accountId);
    var key = validKey(idempotencyKey);
    var fingerprint = valid.fingerprint(currency.getCurrencyCode());
    var deadline = Instant.now().plus(RACE_PATIENCE);
    while (true) {
      var earlier =
          key.flatMap(k -> transactions.required(() -> earlierOrder(account, k, fingerprint)));
      if (earlier.isPresent()) {
        return earlier.get();
      }
      try {
        return transactions.required(() -> placeNew(account, key, fingerprint, valid, currency));
      } catch (PersistenceException e) {
        // another request with this key is placing the order: wait until it commits (or not)
        if (key.isEmpty() || !isDuplicateKey(e) || Instant.now().isAfter(deadline)) {
          throw e;
        }
        pause();
      }
    }
  }

  private Optional<Placed> earlierOrder(UUID account, String key, String fingerprint) {
    var earlier = em.find(IdempotencyKey.class, new IdempotencyKey.Id(account, key));
    if (earlier == null) {
      return Optional.empty();
    }
    if (!earlier.cameWith(fingerprint)) {
      throw new BusinessRuleException(
          "This Idempotency-Key was used for a different order request; use a new key.");
    }
    var order = em.find(Order.class, earlier.orderId());
    return Optional.of(new Placed(order.id(), order.status()));
  }

  private Placed placeNew(
      UUID account,
      Optional<String> key,
      String fingerprint,
      CheckoutRequest request,
      Currency currency) {
    var orderId = UUID.randomUUID();
    var now = clock.instant();
    if (key.isPresent()) {
      // first, so a racing request with the same key waits here rather than placing a twin
      em.persist(new IdempotencyKey(account, key.get(), fingerprint, orderId, now));
      em.flush();
    }
    var owner = "user:" + account;
    var placement = priced(carts.view(owner, Money.BASE_CURRENCY), request, currency);
    var email = accounts.signedIn(account.toString()).email();
    UUID reservation;
    try {
      reservation =
          reservations
              .reserve(
                  orderId.toString(),
                  placement.items().stream()
                      .map(i -> new InventoryReservations.Line(i.variantId(), i.quantity()))
                      .toList(),
                  "order " + orderId)
              .id();
    } catch (InsufficientStockException e) {
      throw new ConflictException("Stock ran out: " + e.getMessage());
    }
    var order = new Order(orderId, account, email, placement, reservation, now);
    em.persist(order);
    var created =
        outbox.record(
            new OrderCreated(
                orderId.toString(),
                account.toString(),
                email,
                order.total().amount(),
                currency.getCurrencyCode(),
                order.paymentMethod(),
                order.reservationId().toString(),
                order.lines().stream()
                    .map(
                        l ->
                            new OrderCreated.Line(
                                l.productId(),
                                l.variantId(),
                                l.name(),
                                l.quantity(),
                                l.unitPrice(currency).amount()))
                    .toList(),
                now));
    order.history().get(0).announcedBy(created.eventId());
    return new Placed(orderId, order.status());
  }

  /**
   * The cart at today's prices, in the base currency and converted to the order's (one reading of
   * the cart, which may change meanwhile as a confirmed order's lines leave it).
   */
  private OrderPlacement priced(CartView base, CheckoutRequest request, Currency currency) {
    if (base.items().isEmpty()) {
      throw new BusinessRuleException("The cart is empty: add something before checking out.");
    }
    var items = new ArrayList<OrderItem>();
    var subtotalUsd = Money.usd(BigDecimal.ZERO);
    var subtotal = new Money(BigDecimal.ZERO, currency);
    for (int i = 0; i < base.items().size(); i++) {
      var usd = base.items().get(i);
      var unitPrice = prices.convert(usd.currentUnitPrice(), currency);
      if (usd.variantId() == null) {
        throw new BusinessRuleException("Choose a variant of " + usd.name() + " in the cart.");
      }
      items.add(
          new OrderItem(
              Long.parseLong(usd.productId()),
              Long.parseLong(usd.variantId()),
              usd.itemId(),
              usd.name(),
              usd.quantity(),
              unitPrice,
              usd.currentUnitPrice()));
      subtotalUsd = subtotalUsd.plus(usd.currentUnitPrice().times(usd.quantity()));
      subtotal = subtotal.plus(unitPrice.times(usd.quantity()));
    }
    var method = ShippingMethod.parse(request.shippingMethod());
    var shippingUsd = method.costFor(subtotalUsd);
    return new OrderPlacement(
        currency,
        items,
        subtotal,
        prices.convert(shippingUsd, currency),
        subtotalUsd.plus(shippingUsd),
        method,
        request.paymentMethod(),
        request.shippingAddress(),
        request.billingAddress());
  }

  private static Optional<String> validKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    var stripped = key.strip();
    if (stripped.isEmpty()
        || stripped.length() > 255
        || !stripped.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new InvalidInputException(
          "Idempotency-Key", "Use up to 255 visible ASCII characters, such as a UUID.");
    }
    return Optional.of(stripped);
  }

  private static boolean isDuplicateKey(Throwable failure) {
    for (var cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceBusyException("Interrupted while waiting for the same request.");
    }
  }
}
