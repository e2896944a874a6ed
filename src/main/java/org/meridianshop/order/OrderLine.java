package org.meridianshop.order;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import org.meridianshop.platform.money.Money;

/**
 * One product of an order at the price it was sold for, in the order's currency and in the base
 * currency (for reports).
 */
@Entity
@Table(name = "shop_order_line")
public class OrderLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  private int position;
  private long productId;
  private long variantId;
  private String cartItemId;
  private String name;
  private int quantity;
  private BigDecimal unitPrice;
  private BigDecimal unitPriceUsd;

  protected OrderLine() {}

  OrderLine(Order order, int position, OrderItem item) {
    this.order = order;
    this.position = position;
    this.productId = item.productId();
    this.variantId = item.variantId();
    this.cartItemId = item.cartItemId();
    this.name = item.name();
    this.quantity = item.quantity();
    this.unitPrice = item.unitPrice().amount();
    this.unitPriceUsd = item.unitPriceUsd().amount();
  }

  public long productId() {
    return productId;
  }

  public long variantId() {
    return variantId;
  }

  public String cartItemId() {
    return cartItemId;
  }

  public String name() {
    return name;
  }

  public int quantity() {
    return quantity;
  }

  public Money unitPrice(Currency currency) {
    return new Money(unitPrice, currency);
  }

  public Money lineTotal(Currency currency) {
    return unitPrice(currency).times(quantity);
  }

  Money lineTotalUsd() {
    return Money.usd(unitPriceUsd).times(quantity);
  }
}
