package org.meridianshop.customer;

import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/**
 * Until the shop sends email, the links that emails would carry (verification, password reset) go
 * to the server log, so an operator, or a test, can pass them on.
 */
abstract class EmailLinkLog<E extends DomainEvent> implements EventHandler<E> {

  private static final Logger LOG = Logger.getLogger(EmailLinkLog.class.getName());

  @Inject AccountLinks links;

  /** The log line: what the link is for, whose it is, and the link. */
  abstract String line(E event, AccountLinks links);

  static String verificationLine(String email, String token, AccountLinks links) {
    return "Email verification link for " + email + ": " + links.emailVerification(token);
  }

  @Override
  public void handle(E event, EventEnvelope envelope) {
    LOG.info(() -> line(event, links));
  }
}
