package org.meridianshop.notification;

import java.time.Duration;

/**
 * How urgent a notification is, with the delivery target the shop promises for it. Under a backlog
 * the delivery worker takes critical ones first, then high, then medium (the rank is stored).
 */
public enum Priority {
  CRITICAL(Duration.ofMinutes(1)),
  HIGH(Duration.ofMinutes(5)),
  MEDIUM(Duration.ofHours(1));

  private final Duration target;

  Priority(Duration target) {
    this.target = target;
  }

  /** The delivery target from the event to the recipient (the seed's SLA). */
  public Duration target() {
    return target;
  }

  int rank() {
    return ordinal();
  }
}
