package org.meridianshop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.catalog.Catalog;
import org.meridianshop.catalog.ProductDetails;
import org.meridianshop.catalog.ProductDetails.Variant;
import org.meridianshop.inventory.AvailableStock;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.money.Money;
import org.meridianshop.pricing.PriceConverter;

/**
 * What shoppers do with their carts. Adding checks the product exists and that enough of the chosen
 * variant is in stock (inventory's count over all warehouses), and keeps the price of the moment;
 * showing a cart converts it to the shopper's currency and says which prices changed since.
 */
@ApplicationScoped
public class Carts {

  @Inject CartStore store;
  @Inject Catalog catalog;
  @Inject PriceConverter prices;
  @Inject AvailableStock stock;
  @Inject Event<ItemAddedToCart> additions;

  private final Clock clock = Clock.systemUTC();

  public CartView view(String owner, Currency currency) {
    return show(store.load(owner), currency);
  }

  /** The item count and subtotal, cached until the cart changes: cheap enough for every page. */
  public CartTotals totals(String owner, Currency currency) {
    return store.totals(
        owner, currency, cart -> new CartTotals(cart.itemCount(), subtotal(cart, currency)));
  }

  public CartView add(
      String owner, String productId, String variantId, int quantity, Currency currency) {
    var product = product(productId);
    var variant = variant(product, variantId);
    var item =
        new CartItem(
            UUID.randomUUID().toString(),
            product.id(),
            variant.map(Variant::id).orElse(null),
            variant.map(v -> product.name() + " – " + v.name()).orElse(product.name()),
            product.slug(),
            quantity,
            variant.map(Variant::price).orElse(product.price()),
            clock.instant());
    var cart =
        store.update(
            owner,
            current -> {
              var added = current.add(item);
              requireInStock(added.lineFor(item.productId(), item.variantId()).orElseThrow());
              return added;
            });
    additions.fire(new ItemAddedToCart(owner, item.productId(), quantity, item.addedAt()));
    return show(cart, currency);
  }

  public CartView change(String owner, String itemId, int quantity, Currency currency) {
    var cart =
        store.update(
            owner,
            current -> {
              var changed = current.change(itemId, quantity);
              requireInStock(changed.line(itemId));
              return changed;
            });
    return show(cart, currency);
  }

  public CartView remove(String owner, String itemId, Currency currency) {
    return show(store.update(owner, current -> current.remove(itemId)), currency);
  }

  /** Moves a guest's cart into the account's, as far as the limits allow, and forgets it. */
  public void merge(String guest, String account) {
    var guestCart = store.load(guest);
    if (!guestCart.items().isEmpty()) {
      store.update(account, current -> current.absorb(guestCart));
    }
    store.delete(guest);
  }

  /** Takes the lines that were bought out of the cart; lines added since stay. */
  public void bought(String owner, Collection<String> itemIds) {
    store.update(owner, current -> current.without(itemIds));
  }

  public void clear(String owner) {
    store.delete(owner);
  }

  private CartView show(Cart cart, Currency currency) {
    var lines =
        cart.items().stream()
            .map(
                item -> {
                  var unit = unitPrice(item, currency);
                  var current = currentPrice(item).map(p -> prices.convert(p, currency));
                  return new CartView.Line(
                      item.itemId(),
                      item.productId(),
                      item.variantId(),
                      item.name(),
                      item.slug(),
                      item.quantity(),
                      unit,
                      unit.times(item.quantity()),
                      current.orElse(unit),
                      current.map(p -> !p.equals(unit)).orElse(false));
                })
            .toList();
    var subtotal = subtotal(cart, currency);
    return new CartView(lines, subtotal, subtotal, currency.getCurrencyCode());
  }

  /** The sum of the lines, each converted by its unit price as the cart shows it. */
  private Money subtotal(Cart cart, Currency currency) {
    return cart.items().stream()
        .map(item -> unitPrice(item, currency).times(item.quantity()))
        .reduce(Money::plus)
        .orElse(new Money(BigDecimal.ZERO, currency));
  }

  private Money unitPrice(CartItem item, Currency currency) {
    return prices.convert(item.unitPrice(), currency);
  }

  private Optional<Money> currentPrice(CartItem item) {
    try {
      var product = product(item.productId());
      return Optional.of(
          variant(product, item.variantId()).map(Variant::price).orElse(product.price()));
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
  }

  private ProductDetails product(String productId) {
    try {
      return catalog.product(Long.parseLong(productId));
    } catch (NumberFormatException | NullPointerException e) {
      throw new NotFoundException("There is no product '" + productId + "'.");
    }
  }

  /** The variant asked for, or the product's first when none was named. */
  private static Optional<Variant> variant(ProductDetails product, String variantId) {
    if (variantId == null) {
      return product.variants().stream().findFirst();
    }
    return Optional.of(
        product.variants().stream()
            .filter(v -> v.id().equals(variantId))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Product " + product.id() + " has no variant '" + variantId + "'.")));
  }

  /** Refuses a line asking for more of its variant than the warehouses have available. */
  private void requireInStock(CartItem line) {
    var available =
        line.variantId() == null ? 0 : stock.ofVariant(Long.parseLong(line.variantId()));
    if (line.quantity() > available) {
      throw new ConflictException(
          available == 0
              ? "This product is out of stock."
              : "Only " + available + " of this product are in stock.");
    }
  }
}
