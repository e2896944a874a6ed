package org.meridianshop.order.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.meridianshop.order.OrderView;
import org.meridianshop.order.Orders;
import org.meridianshop.payment.PaymentAuditEntry;
import org.meridianshop.payment.Payments;
import org.meridianshop.platform.errors.NotFoundException;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.security.CurrentCaller;
import org.meridianshop.platform.web.ErrorResponses;
import org.meridianshop.platform.web.FormMessages;

/**
 * One order in the console: its history, its payment with the provider's audit trail, and the
 * fulfilment steps (ship with carrier and tracking number, deliver, cancel with a refund). A step
 * the order's state does not allow is refused on the page.
 */
@Named
@RequestScoped
public class AdminOrderPage {

  @Inject Orders orders;
  @Inject Payments payments;
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

  private String carrier;
  private String trackingNumber;
  private String reason;

  public void load() {
    try {
      order = orders.view(null, id);
    } catch (NotFoundException e) {
      ErrorResponses.notFound(faces);
    }
  }

  public void ship() throws IOException {
    act(() -> orders.ship(id, carrier, trackingNumber), "The order is marked shipped.");
  }

  public void deliver() throws IOException {
    act(() -> orders.deliver(id), "The order is marked delivered.");
  }

  public void cancel() throws IOException {
    var why = reason == null || reason.isBlank() ? "cancelled by the shop" : reason;
    act(
        () -> orders.cancel(null, id, caller.accountId(), why),
        "The order is cancelled; the payment is refunded.");
  }

  private void act(Runnable change, String done) throws IOException {
    try {
      change.run();
      FormMessages.confirmAfterRedirect(faces, done);
      var external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + "/admin/order.xhtml?id=" + id);
    } catch (ShopException refusal) {
      FormMessages.show(faces, refusal);
      order = null;
    }
  }

  public OrderView getOrder() {
    if (order == null) {
      order = orders.view(null, id);
    }
    return order;
  }

  /** What the payment provider was asked and answered, oldest first. */
  public List<PaymentAuditEntry> getAuditTrail() {
    return payments
        .ofOrder(UUID.fromString(getOrder().orderId()))
        .map(payment -> payments.auditTrail(payment.id()))
        .orElse(List.of());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCarrier() {
    return carrier;
  }

  public void setCarrier(String carrier) {
    this.carrier = carrier;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public void setTrackingNumber(String trackingNumber) {
    this.trackingNumber = trackingNumber;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
