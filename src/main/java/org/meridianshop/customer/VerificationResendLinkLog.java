package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;

/** Logs the new verification link a customer asked for. */
@ApplicationScoped
public class VerificationResendLinkLog extends EmailLinkLog<EmailVerificationRequested> {

  @Override
  public String consumer() {
    return "verification-resend-link-log";
  }

  @Override
  public Class<EmailVerificationRequested> eventType() {
    return EmailVerificationRequested.class;
  }

  @Override
  String line(EmailVerificationRequested event, AccountLinks links) {
    return verificationLine(event.email(), event.verificationToken(), links);
  }
}
