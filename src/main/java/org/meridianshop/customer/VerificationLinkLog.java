package org.meridianshop.customer;

import jakarta.enterprise.context.ApplicationScoped;

/** Logs the verification link of a new account. */
@ApplicationScoped
public class VerificationLinkLog extends EmailLinkLog<UserRegistered> {

  @Override
  public String consumer() {
    return "verification-link-log";
  }

  @Override
  public Class<UserRegistered> eventType() {
    return UserRegistered.class;
  }

  @Override
  String line(UserRegistered event, AccountLinks links) {
    return verificationLine(event.email(), event.verificationToken(), links);
  }
}
