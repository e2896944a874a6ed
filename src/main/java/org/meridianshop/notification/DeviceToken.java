package org.meridianshop.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A device of a customer's app that push notifications can reach (its FCM registration token). */
@Entity
public class DeviceToken {

  @Id private String token;
  private String accountId;
  private String platform;
  private Instant createdAt;

  protected DeviceToken() {}

  DeviceToken(String token, String accountId, String platform, Instant now) {
    this.token = token;
    this.accountId = accountId;
    this.platform = platform;
    this.createdAt = now;
  }

  /** A device changes hands when another account signs in on it. */
  void belongTo(String accountId, String platform) {
    this.accountId = accountId;
    this.platform = platform;
  }

  boolean belongsTo(String accountId) {
    return this.accountId.equals(accountId);
  }

  public String token() {
    return token;
  }

  public String platform() {
    return platform;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
