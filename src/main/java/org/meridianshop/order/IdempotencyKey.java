package org.meridianshop.order;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A checkout request's Idempotency-Key, kept with a digest of the request it came with and the
 * order it placed. Keys belong to one account: two customers may use the same one.
 */
@Entity
@Table(name = "order_idempotency_key")
public class IdempotencyKey {

  @EmbeddedId private Id id;
  private String fingerprint;
  private UUID orderId;
  private Instant createdAt;

  protected IdempotencyKey() {}

  IdempotencyKey(UUID accountId, String key, String fingerprint, UUID orderId, Instant now) {
    this.id = new Id(accountId, key);
    this.fingerprint = fingerprint;
    this.orderId = orderId;
    this.createdAt = now;
  }

  boolean cameWith(String requestFingerprint) {
    return fingerprint.equals(requestFingerprint);
  }

  UUID orderId() {
    return orderId;
  }

  /** The account and the key it chose. */
  @Embeddable
  public record Id(UUID accountId, String requestKey) implements Serializable {}
}
