package org.meridianshop.cart;

import java.time.Instant;

/**
 * A shopper put an item in a cart (a CDI event, fired after the cart is stored, in this server
 * only): for those who count carts, such as analytics. {@code owner} is the cart's owner, a guest
 * or an account.
 */
public record ItemAddedToCart(String owner, String productId, int quantity, Instant addedAt) {}
