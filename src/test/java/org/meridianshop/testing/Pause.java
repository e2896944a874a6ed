package org.meridianshop.testing;

import java.time.Duration;

/** A test's deliberate wait; an interrupt ends the test rather than cutting the wait short. */
public final class Pause {

  private Pause() {}

  public static void of(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
