package org.meridianshop.order.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.meridianshop.order.OrderStatus;
import org.meridianshop.order.OrderSummary;
import org.meridianshop.order.Orders;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.ShopException;
import org.meridianshop.platform.web.QueryParameters;

/** The console's order list: every order, newest first, filtered by status and email. */
@Named
@RequestScoped
public class AdminOrdersPage {

  static final int PAGE_SIZE = 20;
  private static final List<String> PARAMETERS = List.of("status", "email", "page");

  @Inject Orders orders;
  @Inject FacesContext faces;

  private Page<OrderSummary> found;
  private QueryParameters query;

  public Page<OrderSummary> getOrders() {
    if (found == null) {
      try {
        found =
            orders.list(
                new Orders.Filter(
                    null, query().first("status"), query().first("email"), page(), PAGE_SIZE));
      } catch (ShopException refusal) {
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        found = new Page<>(List.of(), 1, PAGE_SIZE, 0);
      }
    }
    return found;
  }

  public List<String> getStatuses() {
    return Arrays.stream(OrderStatus.values()).map(OrderStatus::label).toList();
  }

  public String getStatus() {
    return query().first("status");
  }

  public String getEmail() {
    return query().first("email");
  }

  /** The link to another page of the same filter. */
  public String pageLink(int page) {
    return query().onPage(page).queryString();
  }

  private int page() {
    var given = query().first("page");
    return given != null && given.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(given)) : 1;
  }

  private QueryParameters query() {
    if (query == null) {
      Map<String, String[]> request = faces.getExternalContext().getRequestParameterValuesMap();
      query = QueryParameters.from(request, PARAMETERS);
    }
    return query;
  }
}
