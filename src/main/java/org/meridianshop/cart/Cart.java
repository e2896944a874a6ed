package org.meridianshop.cart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.platform.errors.BusinessRuleException;
import org.meridianshop.platform.errors.InvalidInputException;
import org.meridianshop.platform.errors.NotFoundException;

/**
 * A shopper's cart and its rules: quantities from 1, at most {@value #MAX_PER_PRODUCT} of one
 * product (all its variants together), one line per product variant.
 */
public record Cart(String owner, List<CartItem> items) implements Serializable {

  public static final int MAX_PER_PRODUCT = 10;

  public Cart {
    items = List.copyOf(items);
  }

  static Cart empty(String owner) {
    return new Cart(owner, List.of());
  }

  /** The cart with the quantity added: to the product variant's line, or on a new one. */
  Cart add(CartItem candidate) {
    requirePositive(candidate.quantity());
    var existing = lineFor(candidate.productId(), candidate.variantId());
    var updated = new ArrayList<>(items);
    if (existing.isPresent()) {
      var line = existing.get();
      updated.set(items.indexOf(line), line.withQuantity(line.quantity() + candidate.quantity()));
    } else {
      updated.add(candidate);
    }
    return checked(updated);
  }

  Cart change(String itemId, int quantity) {
    requirePositive(quantity);
    var line = line(itemId);
    var updated = new ArrayList<>(items);
    updated.set(items.indexOf(line), line.withQuantity(quantity));
    return checked(updated);
  }

  /** The cart without the lines named (those it does not have are skipped). */
  Cart without(Collection<String> itemIds) {
    return new Cart(owner, items.stream().filter(i -> !itemIds.contains(i.itemId())).toList());
  }

  Cart remove(String itemId) {
    var line = line(itemId);
    var updated = new ArrayList<>(items);
    updated.remove(line);
    return new Cart(owner, updated);
  }

  /** This cart with another's lines added, as far as the limits allow (a guest's at sign-in). */
  Cart absorb(Cart other) {
    var merged = this;
    for (var item : other.items()) {
      var room = MAX_PER_PRODUCT - merged.quantityOf(item.productId());
      if (room > 0) {
        merged =
            merged.add(
                item.withQuantity(Math.min(room, item.quantity()))
                    .withId(UUID.randomUUID().toString()));
      }
    }
    return merged;
  }

  /** How many items the cart holds, counting each unit. */
  int itemCount() {
    return items.stream().mapToInt(CartItem::quantity).sum();
  }

  int quantityOf(String productId) {
    return quantityIn(items, productId);
  }

  Optional<CartItem> lineFor(String productId, String variantId) {
    return items.stream().filter(i -> i.isFor(productId, variantId)).findFirst();
  }

  CartItem line(String itemId) {
    return items.stream()
        .filter(i -> i.itemId().equals(itemId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Your cart has no item '" + itemId + "'."));
  }

  private Cart checked(List<CartItem> updated) {
    updated.stream()
        .map(CartItem::productId)
        .distinct()
        .filter(p -> quantityIn(updated, p) > MAX_PER_PRODUCT)
        .findFirst()
        .ifPresent(
            p -> {
              throw new BusinessRuleException(
                  "A cart holds at most " + MAX_PER_PRODUCT + " of one product.");
            });
    updated.sort(Comparator.comparing(CartItem::addedAt));
    return new Cart(owner, updated);
  }

  private static int quantityIn(List<CartItem> items, String productId) {
    return items.stream()
        .filter(i -> i.productId().equals(productId))
        .mapToInt(CartItem::quantity)
        .sum();
  }

  private static void requirePositive(int quantity) {
    if (quantity < 1) {
      throw new InvalidInputException("quantity", "Give a quantity of at least 1.");
    }
  }
}
