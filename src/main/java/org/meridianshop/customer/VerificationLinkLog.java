package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.meridianshop.platform.events.EventEnvelope;
import org.meridianshop.platform.events.EventHandler;

/**
 * Until the shop sends email, the verification link of a new account goes to the server log, so an
 * operator (or a test) can pass it on.
 */
@ApplicationScoped
public class VerificationLinkLog implements EventHandler<UserRegistered> {

  private static final Logger LOG = Logger.getLogger(VerificationLinkLog.class.getName());

  @Inject AccountLinks links;

  @Override
  public String consumer() {
    return "verification-link-log";
  }

  @Override
  public Class<UserRegistered> eventType() {
    return UserRegistered.class;
  }

  @Override
  public void handle(UserRegistered event, EventEnvelope envelope) {
    LOG.info(
        () ->
            "Email verification link for "
                + event.email()
                + ": "
                + links.emailVerification(event.verificationToken()));
  }
}
