package org.meridianshop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/** A confirmed order's lines leave the cart it was placed from. */
@ApplicationScoped
public class BoughtItemsRemoval implements EventHandler<BoughtItems> {

  @Inject Carts carts;

  @Override
  public String consumer() {
    return "cart-bought-items";
  }

  @Override
  public Class<BoughtItems> eventType() {
    return BoughtItems.class;
  }

  @Override
  public void handle(BoughtItems event, EventEnvelope envelope) {
    carts.bought("user:" + event.accountId(), event.cartItemIds());
  }
}
