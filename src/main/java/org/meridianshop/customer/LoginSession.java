package org.meridianshop.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * One sign-in: a browser's web session or an app's chain of refresh tokens (its "family"). Revoking
 * it signs that browser or app out everywhere at once, including its unexpired access tokens.
 */
@Entity
public class LoginSession {

  /** How the caller signed in. */
  public enum Channel {
    WEB,
    API
  }

  @Id private UUID id;
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private Instant createdAt;
  private Instant revokedAt;
  private String revokedReason;

  protected LoginSession() {}

  LoginSession(UUID accountId, Channel channel, Instant now) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.channel = channel;
    this.createdAt = now;
  }

  void revoke(String reason, Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
      revokedReason = reason;
    }
  }

  boolean isLive() {
    return revokedAt == null;
  }

  UUID id() {
    return id;
  }

  UUID accountId() {
    return accountId;
  }
}
