package org.meridianshop.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A link sent by email that proves control of the mailbox: usable once, until it expires. */
@Entity
@Table(name = "account_token")
public class OneTimeToken {

  /** What the token lets its holder do, and for how long. */
  public enum Purpose {
    EMAIL_VERIFICATION(Duration.ofHours(24)),
    PASSWORD_RESET(Duration.ofHours(1));

    final Duration lifetime;

    Purpose(Duration lifetime) {
      this.lifetime = lifetime;
    }
  }

  @Id private String tokenHash;
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  private Instant createdAt;
  private Instant expiresAt;
  private Instant usedAt;

  protected OneTimeToken() {}

  OneTimeToken(String tokenHash, UUID accountId, Purpose purpose, Instant now) {
    this.tokenHash = tokenHash;
    this.accountId = accountId;
    this.purpose = purpose;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime);
  }

  /** Uses the token up; false when it was used before, has expired or is for something else. */
  boolean redeem(Purpose wanted, Instant now) {
    if (purpose != wanted || usedAt != null || !expiresAt.isAfter(now)) {
      return false;
    }
    usedAt = now;
    return true;
  }

  UUID accountId() {
    return accountId;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
