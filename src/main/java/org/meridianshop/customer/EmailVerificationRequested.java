package org.meridianshop.customer;

import java.time.Instant;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** A customer asked for a new verification link; the owner of the mailbox should get it. */
@EventName("user.verification-requested")
public record EmailVerificationRequested(
    String userId,
    String email,
    String firstName,
    String verificationToken,
    Instant verificationExpiresAt)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return userId;
  }
}
