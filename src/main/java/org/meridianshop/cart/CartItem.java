package org.meridianshop.cart;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.meridianshop.platform.money.Money;

/**
 * One line of a cart: a product (and variant), how many, and its unit price when it was added (in
 * the base currency), so the shopper can be told when the price has changed since.
 */
public record CartItem(
    String itemId,
    String productId,
    String variantId,
    String name,
    String slug,
    int quantity,
    Money unitPrice,
    Instant addedAt)
    implements Serializable {

  CartItem withQuantity(int newQuantity) {
    return new CartItem(itemId, productId, variantId, name, slug, newQuantity, unitPrice, addedAt);
  }

  CartItem withId(String newId) {
    return new CartItem(newId, productId, variantId, name, slug, quantity, unitPrice, addedAt);
  }

  boolean isFor(String product, String variant) {
    return productId.equals(product) && Objects.equals(variantId, variant);
  }
}
