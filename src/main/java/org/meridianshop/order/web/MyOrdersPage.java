package org.meridianshop.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridianshop.order.OrderSummary;
import org.meridianshop.order.Orders;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.security.CurrentCaller;

/** The customer's own orders, newest first, a page at a time. */
@Named
@RequestScoped
public class MyOrdersPage {

  static final int PAGE_SIZE = 10;

  @Inject Orders orders;
  @Inject CurrentCaller caller;

  private int page = 1;
  private Page<OrderSummary> orderPage;

  public Page<OrderSummary> getOrders() {
    if (orderPage == null) {
      orderPage = orders.list(new Orders.Filter(caller.accountId(), null, null, page, PAGE_SIZE));
    }
    return orderPage;
  }

  public int getPage() {
    return page;
  }

  /** A page number from the address; anything below 1 is the first. */
  public void setPage(int page) {
    this.page = Math.max(1, page);
  }
}
