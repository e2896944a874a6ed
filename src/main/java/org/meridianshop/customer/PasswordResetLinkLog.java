package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;

/** Logs a password reset link. */
@ApplicationScoped
public class PasswordResetLinkLog extends EmailLinkLog<PasswordResetRequested> {

  @Override
  public String consumer() {
    return "password-reset-link-log";
  }

  @Override
  public Class<PasswordResetRequested> eventType() {
    return PasswordResetRequested.class;
  }

  @Override
  String line(PasswordResetRequested event, AccountLinks links) {
    return "Password reset link for "
        + event.email()
        + ": "
        + links.passwordReset(event.resetToken());
  }
}
