package org.meridianshop.cart;

import java.io.Serializable;
import org.meridianshop.platform.money.Money;

/** What the header shows of a cart: how many items it holds and their subtotal in a currency. */
public record CartTotals(int itemCount, Money subtotal) implements Serializable {}
