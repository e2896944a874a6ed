package org.meridianshop.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the startup migrations have finished; read by the readiness check without waiting. */
@ApplicationScoped
public class MigrationStatus {

  private volatile boolean done;

  void markDone() {
    done = true;
  }

  public boolean isDone() {
    return done;
  }
}
