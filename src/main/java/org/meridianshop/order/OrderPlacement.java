package org.meridianshop.order;

import java.util.Currency;
import java.util.List;
import org.meridianshop.customer.PostalAddress;
import org.meridianshop.platform.money.Money;

/** Everything an order is made of when it is placed, priced and checked. */
record OrderPlacement(
    Currency currency,
    List<OrderItem> items,
    Money subtotal,
    Money shippingCost,
    Money totalUsd,
    ShippingMethod shippingMethod,
    String paymentMethod,
    PostalAddress shippingAddress,
    PostalAddress billingAddress) {}
