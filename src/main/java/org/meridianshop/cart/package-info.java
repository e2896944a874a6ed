/**
 * Shopping carts: what a shopper means to buy, with the price each item had when it was added.
 * Carts live in a {@link org.meridianshop.cart.CartStore} (Redis at scale, this JVM by default),
 * expire after 7 days without activity, and a guest's cart joins the account's cart at sign-in.
 */
package org.meridianshop.cart;
