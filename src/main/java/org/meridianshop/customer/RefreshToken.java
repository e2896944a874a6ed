package org.meridianshop.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token, by its hash. It is good once: using it issues its successor, and presenting it
 * again means it was stolen, so the whole login session is revoked.
 */
@Entity
public class RefreshToken {

  static final Duration LIFETIME = Duration.ofDays(30);

  @Id private String tokenHash;
  private UUID sessionId;
  private Instant issuedAt;
  private Instant expiresAt;
  private Instant usedAt;

  protected RefreshToken() {}

  RefreshToken(String tokenHash, UUID sessionId, Instant now) {
    this.tokenHash = tokenHash;
    this.sessionId = sessionId;
    this.issuedAt = now;
    this.expiresAt = now.plus(LIFETIME);
  }

  boolean isExpired(Instant now) {
    return !expiresAt.isAfter(now);
  }

  UUID sessionId() {
    return sessionId;
  }
}
