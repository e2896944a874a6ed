package org.meridianshop.order;

import org.meridianshop.platform.money.Money;

/** A product about to be ordered, priced in the order's currency and in the base currency. */
record OrderItem(
    long productId,
    long variantId,
    String cartItemId,
    String name,
    int quantity,
    Money unitPrice,
    Money unitPriceUsd) {}
