package org.meridianshop.notification;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;

/** A customer's choice to receive, or not, one kind of notification on one channel. */
@Entity
public class NotificationPreference {

  @EmbeddedId private Key key;
  private boolean enabled;
  private Instant updatedAt;

  protected NotificationPreference() {}

  NotificationPreference(Key key, boolean enabled, Instant now) {
    this.key = key;
    this.enabled = enabled;
    this.updatedAt = now;
  }

  void choose(boolean enabled, Instant now) {
    this.enabled = enabled;
    this.updatedAt = now;
  }

  boolean enabled() {
    return enabled;
  }

  Key key() {
    return key;
  }

  /** Account, kind (template name) and channel. */
  @Embeddable
  public record Key(String accountId, String kind, String channel) implements Serializable {}
}
