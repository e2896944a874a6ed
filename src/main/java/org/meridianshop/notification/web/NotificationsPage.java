package org.meridianshop.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.notification.Notification;
import org.meridianshop.notification.NotificationHistory;
import org.meridianshop.notification.NotificationHistory.Criteria;
import org.meridianshop.notification.NotificationKind;
import org.meridianshop.notification.NotificationStatus;
import org.meridianshop.platform.api.Page;
import org.meridianshop.platform.errors.ShopException;

/** The console's notification history: search by recipient, status and kind; resend one. */
@Named
@RequestScoped
public class NotificationsPage {

  private static final int PAGE_SIZE = 30;

  @Inject NotificationHistory history;
  @Inject FacesContext faces;

  private String recipient = "";
  private String status = "";
  private String kind = "";
  private int page = 1;
  private Page<Notification> results;

  @PostConstruct
  void init() {
    var parameters = faces.getExternalContext().getRequestParameterMap();
    recipient = Optional.ofNullable(parameters.get("recipient")).map(String::trim).orElse("");
    status = known(parameters.get("status"), NotificationStatus.values());
    kind = known(parameters.get("kind"), NotificationKind.values());
    var asked = parameters.get("page");
    if (asked != null && asked.matches("\\d{1,6}") && Integer.parseInt(asked) > 0) {
      page = Integer.parseInt(asked);
    }
  }

  public void resend(String id) {
    try {
      var notification = history.resend(UUID.fromString(id));
      message(
          FacesMessage.SEVERITY_INFO,
          "Queued again: " + notification.message().subject() + " to " + notification.recipient());
      results = null;
    } catch (ShopException refusal) {
      message(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
    }
  }

  public Page<Notification> getResults() {
    if (results == null) {
      results =
          history.search(
              new Criteria(
                  Optional.of(recipient).filter(r -> !r.isEmpty()),
                  Optional.of(status)
                      .filter(s -> !s.isEmpty())
                      .map(s -> NotificationStatus.valueOf(s.toUpperCase(Locale.ROOT))),
                  Optional.of(kind).filter(k -> !k.isEmpty()).map(NotificationKind::ofTemplate)),
              page,
              PAGE_SIZE);
    }
    return results;
  }

  public List<String> getStatuses() {
    return Arrays.stream(NotificationStatus.values())
        .map(s -> s.name().toLowerCase(Locale.ROOT))
        .toList();
  }

  public List<String> getKinds() {
    return Arrays.stream(NotificationKind.values()).map(NotificationKind::template).toList();
  }

  public String getRecipient() {
    return recipient;
  }

  public String getStatus() {
    return status;
  }

  public String getKind() {
    return kind;
  }

  private static String known(String value, Enum<?>[] values) {
    if (value == null) {
      return "";
    }
    var lower = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values).anyMatch(v -> v.name().toLowerCase(Locale.ROOT).equals(lower))
        ? lower
        : "";
  }

  private void message(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
