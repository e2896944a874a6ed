package org.meridianshop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The shop takes checkouts only once reservations can get their expiry timers; until then it is not
 * ready, so a load balancer (or a test) sends nobody to a checkout that would fail.
 */
@Readiness
@ApplicationScoped
public class ReservationTimersReadiness implements HealthCheck {

  @Inject ReservationExpiryTimer timers;

  private volatile boolean ready;

  @Override
  public HealthCheckResponse call() {
    // once ready, it stays so: no need to ask the timer service on every probe
    if (!ready) {
      ready = timers.isReady();
    }
    return HealthCheckResponse.named("reservation-timers").status(ready).build();
  }
}
