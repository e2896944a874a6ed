package org.meridianshop.order.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.UUID;
import org.meridianshop.order.OrderView;
import org.meridianshop.order.Orders;
import org.meridianshop.payment.ChargeNotices;
import org.meridianshop.payment.OfflineGateway;
import org.meridianshop.platform.errors.ConflictException;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.platform.web.ErrorResponses;
import org.meridianshop.platform.web.FormMessages;

/**
 * A customer's order after checkout: it follows the saga while the order is pending, lets the
 * customer pass the bank's 3-D Secure step (emulated for the offline gateway, Stripe's own for
 * Stripe) and cancel while nothing has shipped. Anyone else's order is the not-found page.
 */
@Named
@RequestScoped
public class OrderPage {

  @Inject Orders orders;
  @Inject OfflineGateway offlineGateway;
  @Inject ChargeNotices notices;
  @Inject CurrentCaller caller;
  @Inject FacesContext faces;

  private String id;
  private OrderView order;

  /**
   * The order asked for: from the address on a visit, from the form's hidden field on a post, so
   * that it is known before Faces asks which forms the page has (view parameters come too late).
   */
  @PostConstruct
  void init() {
    id = faces.getExternalContext().getRequestParameterMap().get("id");
  }

  /** The page's view action: the not-found page unless the order is the customer's. */
  public void load() {
    try {
      order = orders.view(caller.accountId(), id);
    } catch (NotFoundException e) {
      ErrorResponses.notFound(faces);
    }
  }

  public void approve() throws IOException {
    answerChallenge(true);
  }

  public void decline() throws IOException {
    answerChallenge(false);
  }

  /**
   * The emulated bank's answer, reaching the shop as the provider's notice would. The charge is the
   * part of the client secret before {@code _secret_}, as with Stripe.
   */
  private void answerChallenge(boolean passed) throws IOException {
    act(
        () -> {
          var secret = getOrder().payment() == null ? null : getOrder().payment().clientSecret();
          if (secret == null || !secret.contains("_secret_")) {
            throw new ConflictException("This payment is no longer waiting for your bank.");
          }
          var charge =
              offlineGateway.authenticate(
                  secret.substring(0, secret.indexOf("_secret_")), secret, passed);
          notices.received("offline_evt_" + UUID.randomUUID(), charge);
        },
        passed ? "You approved the payment." : "You declined the payment.");
  }

  /** After Stripe's 3-D Secure step: the shop asks Stripe how the payment ended. */
  public void refreshPayment() throws IOException {
    act(() -> orders.refreshPayment(caller.accountId(), id), "The payment is checked again.");
  }

  public void cancel() throws IOException {
    act(
        () -> orders.cancel(caller.accountId(), id, caller.accountId(), null),
        "Your order is cancelled; the payment is refunded.");
  }

  /** Does the change, and on success shows the order afresh (so a reload sends nothing again). */
  private void act(Runnable change, String done) throws IOException {
    try {
      change.run();
      FormMessages.confirmAfterRedirect(faces, done);
      var external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + "/account/order.xhtml?id=" + id);
    } catch (NotFoundException e) {
      ErrorResponses.notFound(faces);
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
      order = null;
    }
  }

  public OrderView getOrder() {
    if (order == null) {
      order = orders.view(caller.accountId(), id);
    }
    return order;
  }

  /** Pending, and not waiting for the customer: the page reloads itself until the outcome. */
  public boolean isFollowing() {
    return OrderDisplay.isFollowing(getOrder());
  }

  public boolean isOfflineChallenge() {
    return OrderDisplay.awaitsChallenge(getOrder(), "offline");
  }

  public boolean isStripeChallenge() {
    return OrderDisplay.awaitsChallenge(getOrder(), "stripe");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
