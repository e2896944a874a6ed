package org.meridianshop.customer;

import java.time.Instant;
import org.meridianshop.platform.events.DomainEvent;
import org.meridianshop.platform.events.EventName;

/** Someone asked to reset an account's password; the owner should get the link that does it. */
@EventName("user.password-reset-requested")
public record PasswordResetRequested(
    String userId, String email, String firstName, String resetToken, Instant resetExpiresAt)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return userId;
  }
}
