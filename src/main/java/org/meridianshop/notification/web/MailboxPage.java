package org.meridianshop.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.meridianshop.notification.LocalMailbox;
import org.meridianshop.notification.MailboxMessage;
import org.meridianshop.notification.Mailer;
import org.meridianshop.platform.errors.NotFoundException;

/** The console's mailbox: the newest emails the shop delivered locally, and one of them read. */
@Named
@RequestScoped
public class MailboxPage {

  private static final int SHOWN = 50;

  @Inject LocalMailbox mailbox;
  @Inject Mailer mailer;
  @Inject FacesContext faces;

  private String recipient;
  private MailboxMessage opened;

  @PostConstruct
  void init() {
    var parameters = faces.getExternalContext().getRequestParameterMap();
    recipient = Optional.ofNullable(parameters.get("recipient")).map(String::trim).orElse("");
    var asked = parameters.get("message");
    if (asked != null) {
      try {
        opened = mailbox.message(UUID.fromString(asked));
      } catch (IllegalArgumentException | NotFoundException e) {
        opened = null;
      }
    }
  }

  public String getRecipient() {
    return recipient;
  }

  public List<MailboxMessage> getMessages() {
    return mailbox.newest(Optional.of(recipient).filter(r -> !r.isEmpty()), SHOWN);
  }

  public MailboxMessage getOpened() {
    return opened;
  }

  /**
   * Where the email goes on this server, so an admin knows whether this page is the whole story.
   */
  public String getDestination() {
    return mailer.description();
  }
}
