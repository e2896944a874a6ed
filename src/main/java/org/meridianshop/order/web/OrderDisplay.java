package org.meridianshop.order.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import org.meridianshop.order.OrderStatus;
import org.meridianshop.order.OrderView;

/** What the order pages say about an order's state, the same for its customer and for admins. */
@Named
@ApplicationScoped
public class OrderDisplay {

  static boolean isFollowing(OrderView order) {
    return OrderStatus.PENDING.label().equals(order.status())
        && (order.payment() == null || !order.payment().actionRequired());
  }

  static boolean awaitsChallenge(OrderView order, String provider) {
    return order.payment() != null
        && order.payment().actionRequired()
        && provider.equals(order.payment().provider());
  }

  public boolean cancellable(OrderView order) {
    return OrderStatus.valueOf(order.status().toUpperCase(Locale.ROOT)).isCancellable();
  }

  /** Why a failed order failed: the payment's refusal, or else the last step's cause. */
  public String whyFailed(OrderView order) {
    if (order.payment() != null && order.payment().failureReason() != null) {
      return order.payment().failureReason();
    }
    return order.history().isEmpty()
        ? null
        : order.history().get(order.history().size() - 1).cause();
  }
}
