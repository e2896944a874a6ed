package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/**
 * Until the shop sends email, a password reset link goes to the server log, so an operator (or a
 * test) can pass it on.
 */
@ApplicationScoped
public class PasswordResetLinkLog implements EventHandler<PasswordResetRequested> {

  private static final Logger LOG = Logger.getLogger(PasswordResetLinkLog.class.getName());

  @Inject AccountLinks links;

  @Override
  public String consumer() {
    return "password-reset-link-log";
  }

  @Override
  public Class<PasswordResetRequested> eventType() {
    return PasswordResetRequested.class;
  }

  @Override
  public void handle(PasswordResetRequested event, EventEnvelope envelope) {
    LOG.info(
        () ->
            "Password reset link for "
                + event.email()
                + ": "
                + links.passwordReset(event.resetToken()));
  }
}
