package org.meridianshop.customer;

import java.time.Instant;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** A new account exists; its owner should get a welcome and the link that verifies the email. */
@EventName("user.registered")
public record UserRegistered(
    String userId,
    String email,
    String firstName,
    String lastName,
    String verificationToken,
    Instant verificationExpiresAt)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return userId;
  }
}
