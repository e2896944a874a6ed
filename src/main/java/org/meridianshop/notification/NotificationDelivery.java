package org.meridianshop.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued notifications. Woken after each commit that queued one and by a periodic sweep (for
 * retries that fell due and wake-ups lost to a crash), it claims small batches of due
 * notifications, most urgent first, and sends them one by one; a new critical message therefore
 * waits for at most one batch, however long the backlog. One pass runs at a time per server.
 */
@ApplicationScoped
public class NotificationDelivery {

  private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());
  private static final int BATCH = 10;

  /** How long a claim holds: a server that dies mid-batch gives its claims up after this. */
  private static final Duration HOLD = Duration.ofMinutes(2);

  @Inject NotificationQueue queue;
  @Inject Mailer mailer;
  @Inject NotificationSettings settings;
  @Inject Devices devices;

  @Resource ManagedExecutorService executor;

  private final Clock clock = Clock.systemUTC();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();

  /** Asks for a pass soon; wake-ups during a pass make it go round once more. */
  public void wakeUp() {
    requested.set(true);
    if (running.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void drain() {
    try {
      while (requested.getAndSet(false)) {
        deliverDue();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification delivery pass failed; the sweep will try again", e);
    } finally {
      running.set(false);
    }
    if (requested.get()) {
      wakeUp();
    }
  }

  /**
   * Sends batch after batch until the queue holds nothing due, or until a whole batch failed: the
   * provider is then down, and hammering it would only use up the attempts; the sweep comes back.
   */
  private void deliverDue() {
    while (true) {
      var batch = queue.claimDue(BATCH, clock.instant(), HOLD);
      var delivered = batch.stream().filter(this::deliver).count();
      if (batch.size() < BATCH || delivered == 0) {
        return;
      }
    }
  }

  private boolean deliver(Notification notification) {
    try {
      switch (notification.channel()) {
        case EMAIL ->
            mailer.send(
                new Email(settings.mailFrom(), notification.recipient(), notification.message()));
        case SMS ->
            settings
                .sms()
                .orElseThrow(
                    () -> new DeliveryFailedException("SMS is not configured any more", true, null))
                .send(notification.recipient(), notification.message().text());
        case PUSH -> push(notification);
      }
      queue.delivered(notification.id(), clock.instant());
      return true;
    } catch (DeviceGoneException e) {
      devices.forget(notification.recipient());
      failed(notification, e);
    } catch (DeliveryFailedException e) {
      failed(notification, e);
    } catch (RuntimeException e) {
      failed(notification, new DeliveryFailedException(e.toString(), false, e));
    }
    return false;
  }

  private void push(Notification notification) {
    var message = notification.message();
    settings
        .push()
        .orElseThrow(
            () -> new DeliveryFailedException("Push is not configured any more", true, null))
        .send(
            notification.recipient(),
            new PushSender.PushMessage(message.subject(), message.text(), notification.pushData()));
  }

  private void failed(Notification notification, DeliveryFailedException e) {
    var after = queue.failed(notification.id(), e, clock.instant());
    LOG.warning(
        () ->
            "Notification "
                + notification.id()
                + " ("
                + notification.kind().template()
                + ") not delivered, "
                + after.status().name().toLowerCase(Locale.ROOT)
                + ": "
                + e.getMessage());
  }
}
