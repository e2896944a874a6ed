package org.meridianshop.platform.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A key the shop made for itself because none was configured, kept so restarts keep tokens. */
@Entity
@Table(name = "signing_key")
class SigningKey {

  @Id private String name;
  private String secret;
  private Instant createdAt;

  protected SigningKey() {}

  SigningKey(String name, String secret, Instant createdAt) {
    this.name = name;
    this.secret = secret;
    this.createdAt = createdAt;
  }

  String secret() {
    return secret;
  }
}
